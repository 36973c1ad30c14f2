import type { CollectionConfig } from 'payload'

import { canReadMedia } from '@/lib/access/canReadMedia'
import { isStaff } from '@/lib/access/isStaff'
import { mediaDir } from '@/lib/paths'
import { cleanUpload } from './hooks/cleanUpload'
import { refuseUncleanedFile } from './hooks/refuseUncleanedFile'

/**
 * Files live outside `public/`: Next serves `public/` directly, which would bypass access
 * control. Everything goes through Payload's file route and `canReadMedia`.
 * Every file is cleaned of its metadata before it is stored (hooks/cleanUpload.ts).
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { en: 'Media', ko: '미디어' }, plural: { en: 'Media', ko: '미디어' } },
  admin: { group: { en: 'Archive', ko: '기록' }, defaultColumns: ['filename', 'alt', 'isPublic'] },
  access: {
    create: isStaff,
    read: canReadMedia,
    readVersions: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  hooks: {
    beforeOperation: [cleanUpload],
    beforeChange: [refuseUncleanedFile],
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
    imageSizes: [{ name: 'thumbnail', width: 400, height: undefined }],
    // Never copy metadata into the stored file or its sizes, whatever Payload's default becomes.
    withMetadata: false,
    // A pasted URL is fetched by the server after the cleaner has run; upload the file itself.
    pasteURL: false,
  },
  fields: [
    { name: 'alt', type: 'text', required: true, localized: true },
    {
      name: 'isPublic',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Public files are served to anyone.' },
    },
  ],
}
