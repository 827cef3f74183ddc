// The footer: what the archive is and whose text it holds.
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>Broadsheet 是开源的中文报纸档案引擎。文本版权归原出版方（人民日报、新华社）所有，仅供研究使用。</p>
      <p lang="en">Open-source archive engine for Chinese newspapers. Texts belong to their publishers.</p>
    </footer>
  )
}
