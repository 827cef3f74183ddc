// Prisma CLI configuration: where the schema and migrations live, and which database the CLI talks to.
import { defineConfig } from 'prisma/config'

export default defineConfig({
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
  datasource: {
    url: process.env.DATABASE_URL ?? 'postgresql://postgres:postgres@localhost:54329/broadsheet',
  },
})
