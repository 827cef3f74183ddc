// The issue calendar: years with counts, and one year's months and days.
import { graphql } from './graphql.ts'

export const CalendarYearsQuery = graphql(`
  query CalendarYears {
    issueCalendar {
      years {
        year
        issueCount
        articleCount
      }
    }
  }
`)

export const CalendarYearQuery = graphql(`
  query CalendarYear($year: Int!) {
    issueCalendar {
      years {
        year
        issueCount
        articleCount
      }
      months(year: $year) {
        month
        issueCount
        articleCount
        days {
          date
          articleCount
          pageCount
        }
      }
    }
  }
`)
