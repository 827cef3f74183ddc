// One request for the article's neighbours and related articles, shared by the two parts that show them.
import { cache } from 'react'
import { getArticleContext } from '@/lib/articles'

export const loadArticleContext = cache((id: string) => getArticleContext(id))
