'use client'
// GraphiQL 5 renders each editor tab as `role="tab"` holding two buttons, which axe reports as nested interactive
// controls (serious). Until GraphiQL fixes it, present the tabs as what they are: a list of buttons, the active
// one marked `aria-current`.
import { type RefObject, useEffect } from 'react'

function flatten(root: HTMLElement): void {
  for (const list of root.querySelectorAll('[role="tablist"]')) list.removeAttribute('role')
  for (const tab of root.querySelectorAll<HTMLElement>('.graphiql-tab')) {
    if (tab.hasAttribute('role')) tab.removeAttribute('role')
    if (tab.hasAttribute('aria-selected')) tab.removeAttribute('aria-selected')
    const button = tab.querySelector('.graphiql-tab-button')
    const active = tab.classList.contains('graphiql-tab-active')
    if (button && (button.getAttribute('aria-current') === 'true') !== active) {
      if (active) button.setAttribute('aria-current', 'true')
      else button.removeAttribute('aria-current')
    }
  }
}

export function usePlainTabs(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current
    if (!root) return
    flatten(root)
    const observer = new MutationObserver(() => flatten(root))
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['role', 'aria-selected', 'class'],
    })
    return () => observer.disconnect()
  }, [ref])
}
