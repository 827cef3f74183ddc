// The shell of every page: Chinese document language, site header with search, footer.
import type { Metadata, Viewport } from 'next'
import { connection } from 'next/server'
import type { ReactNode } from 'react'
import { SiteFooter } from '@/components/layout/site-footer'
import { SiteHeader } from '@/components/layout/site-header'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Broadsheet 报刊档案', template: '%s · Broadsheet 报刊档案' },
  description:
    '中文报纸档案：检索、阅读人民日报与新华社稿件，查看人物、地点与机构。An archive of Chinese newspapers.',
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#8b1a1a',
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request, so that Next can put this request's CSP nonce on its scripts (see proxy.ts).
  await connection()
  return (
    <html lang="zh-CN">
      <body>
        <a className="skip-link" href="#main">
          跳到正文
        </a>
        <SiteHeader />
        <main id="main" className="site-main">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
