// A plain GET form to /search: works without JavaScript and keeps the query in the URL.
export function SearchForm({
  defaultValue = '',
  compact = false,
}: {
  defaultValue?: string
  compact?: boolean
}) {
  const id = compact ? 'site-search' : 'home-search'
  return (
    <form
      action="/search"
      method="get"
      role="search"
      className={compact ? 'search-form search-form--compact' : 'search-form'}
    >
      <label htmlFor={id} className={compact ? 'visually-hidden' : 'search-form__label'}>
        {compact ? '站内检索' : '检索全文'} <span lang="en">Full-text search</span>
      </label>
      <div className="search-form__row">
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue}
          placeholder="例如：复工复产"
          required
          maxLength={200}
          autoComplete="off"
        />
        <button type="submit">检索</button>
      </div>
    </form>
  )
}
