// Serve a stored page PDF (`/pdf/<sha256>.pdf`) from the API, so the article page links to it on this origin.
import { fetchSourcePdf } from '@/lib/source-pdf'

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const { file } = await params
  return fetchSourcePdf(file)
}
