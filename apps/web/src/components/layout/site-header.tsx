// The masthead: the archive's name, the main sections, and a search box on every page.
import { SearchForm } from '@/components/search/search-form'

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a href="/" className="site-header__brand">
          <span className="site-header__name">Broadsheet</span>
          <span className="site-header__tagline">报刊档案</span>
        </a>
        <nav aria-label="主导航" className="site-header__nav">
          <a href="/search">检索 Search</a>
          <a href="/calendar">日历 Calendar</a>
          <a href="/entities">实体 Entities</a>
          <a href="/trends">趋势 Trends</a>
          <a href="/playground">GraphQL</a>
        </nav>
        <SearchForm compact />
      </div>
    </header>
  )
}
