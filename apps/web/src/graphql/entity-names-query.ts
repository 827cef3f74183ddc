// Find entities by name: the search page's entity facet names an entity, and its filter needs the id.
import { graphql } from './graphql.ts'

export const EntitiesByNameQuery = graphql(`
  query EntitiesByName($name: String!) {
    entities(query: $name, first: 10, orderBy: MENTIONS) {
      edges {
        node {
          id
          name
          type
        }
      }
    }
  }
`)
