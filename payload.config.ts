import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { ko } from '@payloadcms/translations/languages/ko'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { AuditEvents } from './collections/AuditEvents'
import { Facts } from './collections/Facts'
import { GuardRules } from './collections/GuardRules'
import { Media } from './collections/Media'
import { Restaurants } from './collections/Restaurants'
import { Sources } from './collections/Sources'
import { Testimonies } from './collections/Testimonies'
import { TestimonyRecords } from './collections/TestimonyRecords'
import { Users } from './collections/Users'
import { ARCHIVE_LOCALES } from './lib/archiveLocales'
import { closePayloadCollections } from './lib/access/closePayloadCollections'
import { withQueryPolicy } from './lib/access/queryPolicy'
import { bulkAllOrNothing } from './lib/durability/bulkAllOrNothing'
import { databaseAdapter } from './lib/db'
import { graphQLLimits } from './lib/graphql/graphQLLimits'
import { noEmail } from './lib/email/noEmail'
import { archiveLogger } from './lib/logger'
import { onInit } from './lib/onInit'
import { resolveSecret } from './lib/secrets'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Read at start, not at the first sign-in, so a deployment missing it fails at once.
resolveSecret('NEXTAUTH_SECRET')

// The query policy (lib/access/queryPolicy) is put on every collection here rather than in each
// collection file; Payload's own collections get theirs once the config is sanitised.
export default buildConfig({
  admin: {
    user: Users.slug,
    // The default Gravatar avatar would make every editor's browser call a third party.
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Testimony archive' },
    components: {
      // Consent reviews that are due: a list for editors to act on.
      beforeDashboard: ['/components/admin/ConsentReviewsDue#ConsentReviewsDue'],
    },
  },
  // Bulk update and delete are all-or-nothing in every collection (lib/durability/bulkAllOrNothing.ts).
  collections: [Testimonies, TestimonyRecords, Facts, Restaurants, Sources, Media, Users, AuditEvents, GuardRules]
    .map(withQueryPolicy)
    .map(bulkAllOrNothing),
  db: databaseAdapter(),
  editor: lexicalEditor(),
  email: noEmail,
  localization: {
    locales: [...ARCHIVE_LOCALES],
    defaultLocale: 'en',
    fallback: true,
  },
  i18n: { supportedLanguages: { en, ko }, fallbackLanguage: 'en' },
  // Errors keep their kind, message, collection and operation; values never reach a log.
  logger: archiveLogger,
  onInit,
  graphQL: graphQLLimits,
  secret: resolveSecret('PAYLOAD_SECRET'),
  sharp,
  // One file an upload; the request body as a whole is bounded in lib/http/limitRequestBody.ts.
  upload: { limits: { fileSize: 20 * 1024 * 1024 } },
  // Telemetry would tell a third party that this archive exists and how it is used.
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
}).then(closePayloadCollections)
