package dev.colloquy.api.budget;

/**
 * The full introspection query as GraphiQL asks it (graphql-js's getIntrospectionQuery with every option on):
 * the deepest query any client sends, with nine nested ofType levels for types such as [[String!]!]!, as in the
 * graphql-js that the GraphQL UI bundles (smallrye-graphql-ui-graphiql 2.17.0): 15 levels deep, the depth limit.
 * GraphiQLBrowserTest checks the UI's own copy in a browser; this one is for the API tests without a browser.
 */
final class IntrospectionQuery {

    static final String FULL = """
            query IntrospectionQuery {
              __schema {
                description
                queryType { name }
                mutationType { name }
                subscriptionType { name }
                types { ...FullType }
                directives {
                  name description isRepeatable locations
                  args(includeDeprecated: true) { ...InputValue }
                }
              }
            }
            fragment FullType on __Type {
              kind name description specifiedByURL
              fields(includeDeprecated: true) {
                name description
                args(includeDeprecated: true) { ...InputValue }
                type { ...TypeRef }
                isDeprecated deprecationReason
              }
              inputFields(includeDeprecated: true) { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef }
            }
            fragment InputValue on __InputValue {
              name description
              type { ...TypeRef }
              defaultValue isDeprecated deprecationReason
            }
            fragment TypeRef on __Type {
              kind name
              ofType { kind name ofType { kind name ofType { kind name ofType { kind name
                ofType { kind name ofType { kind name ofType { kind name ofType { kind name
                  ofType { kind name } } } } } } } } }
            }
            """;

    private IntrospectionQuery() {}
}
