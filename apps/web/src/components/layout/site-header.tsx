// The masthead: the archive's name, the main sections, and a search box on every page.
import Link from 'next/link'
import { SearchForm } from '@/components/search/search-form'

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__brand">
          <span className="site-header__name">Broadsheet</span>
          <span className="site-header__tagline">报刊档案</span>
        </Link>
        <nav aria-label="主导航" className="site-header__nav">
          <Link href="/search">检索 Search</Link>
          <Link href="/playground">GraphQL</Link>
        </nav>
        <SearchForm compact />
      </div>
    </header>
  )
}
