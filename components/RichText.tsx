import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

export const RichText = ({ data }: { data: unknown }) =>
  data ? <LexicalRichText className="rich-text" data={data as SerializedEditorState} /> : null
