// Terms over time: matching articles per period for up to five queries or entities.
import { graphql } from './graphql.ts'

export const TrendsQuery = graphql(`
  query Trends($series: [TermSeriesInput!]!, $granularity: TermsGranularity) {
    termsOverTime(series: $series, granularity: $granularity) {
      periods {
        period
        articleCount
      }
      series {
        query
        entity {
          id
          name
        }
        total
        points {
          period
          count
          perThousand
        }
      }
    }
  }
`)
