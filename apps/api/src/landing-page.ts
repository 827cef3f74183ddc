// What GET / answers: a page that works offline and says how to query the API.
export const landingPage = `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>Broadsheet API</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:3rem auto;padding:0 1rem}pre{background:#f4f4f4;padding:1rem;overflow:auto}</style>
<h1>Broadsheet GraphQL API</h1>
<p>The endpoint is <code>POST /graphql</code> with a JSON body <code>{"query": "…", "variables": {…}}</code>.
The schema is <code>packages/schema/schema.graphql</code> in the repository; the web app ships a local GraphiQL.</p>
<pre>curl -s localhost:4000/graphql -H 'content-type: application/json' \\
  -d '{"query":"{ corpus { articleCount issueCount entityCount } articles(first: 3) { edges { node { title date } } } }"}'</pre>
<p>Mutations need <code>Authorization: Bearer &lt;BROADSHEET_API_TOKEN&gt;</code>. Health check: <a href="/healthz">/healthz</a>.</p>
</html>
`
