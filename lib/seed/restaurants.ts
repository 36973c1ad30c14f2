import type { Restaurant } from '@/payload-types'
import type { SourceKey } from './sources'

export type RestaurantSeed = {
  slug: string
  name: { en: string; ko: string }
  city?: string
  country: Restaurant['country']
  /** City centre, or the capital when the article names only the country. */
  location: { latitude: number; longitude: number }
  status: Restaurant['status']
  alternateNames: string[]
  sources: SourceKey[]
  editorialNote: string
}

// The article names no restaurant, so each entry stands for "a restaurant the article places
// here"; 'operating' only where the article says restaurants there remain open (China, Laos).
export const RESTAURANTS: RestaurantSeed[] = [
  {
    slug: 'ningbo',
    name: { en: 'Restaurant in Ningbo (name withheld)', ko: '닝보의 식당 (이름 비공개)' },
    city: 'Ningbo',
    country: 'CN',
    location: { latitude: 29.8683, longitude: 121.544 },
    status: 'unknown',
    alternateNames: ['닝보 식당', '영파 식당'],
    sources: ['article'],
    editorialNote: 'Where 13 workers left as a group in 2016. Current status not reported.',
  },
  {
    slug: 'beijing',
    name: { en: 'Restaurant in Beijing (name withheld)', ko: '베이징의 식당 (이름 비공개)' },
    city: 'Beijing',
    country: 'CN',
    location: { latitude: 39.9042, longitude: 116.4074 },
    status: 'operating',
    alternateNames: ['베이징 식당', '북경 식당'],
    sources: ['article'],
    editorialNote: 'Stands for the Beijing restaurants the article calls hubs for security agents.',
  },
  {
    slug: 'wuhan',
    name: { en: 'Restaurant in Wuhan (name withheld)', ko: '우한의 식당 (이름 비공개)' },
    city: 'Wuhan',
    country: 'CN',
    location: { latitude: 30.5928, longitude: 114.3055 },
    status: 'operating',
    alternateNames: ['우한 식당'],
    sources: ['article'],
    editorialNote: 'Stands for the Wuhan restaurants the article calls hubs for security agents.',
  },
  {
    slug: 'shenyang',
    name: { en: 'Restaurant in Shenyang (name withheld)', ko: '선양의 식당 (이름 비공개)' },
    city: 'Shenyang',
    country: 'CN',
    location: { latitude: 41.8057, longitude: 123.4315 },
    status: 'operating',
    alternateNames: ['선양 식당', '심양 식당'],
    sources: ['article'],
    editorialNote: 'Stands for the Shenyang restaurants the article calls hubs for security agents.',
  },
  {
    slug: 'cambodia',
    name: { en: 'Restaurant in Cambodia (name withheld)', ko: '캄보디아의 식당 (이름 비공개)' },
    country: 'KH',
    location: { latitude: 11.5564, longitude: 104.9282 },
    status: 'unknown',
    alternateNames: ['캄보디아 식당'],
    sources: ['article'],
    editorialNote: 'Escapes in 2016 and 2018. The article names no city; the pin is Phnom Penh.',
  },
  {
    slug: 'laos',
    name: { en: 'Restaurant in Laos (name withheld)', ko: '라오스의 식당 (이름 비공개)' },
    country: 'LA',
    location: { latitude: 17.9757, longitude: 102.6331 },
    status: 'operating',
    alternateNames: ['라오스 식당'],
    sources: ['article'],
    editorialNote: 'The article names no city; the pin is Vientiane.',
  },
  {
    slug: 'uzbekistan',
    name: { en: 'Restaurant in Uzbekistan (name withheld)', ko: '우즈베키스탄의 식당 (이름 비공개)' },
    country: 'UZ',
    location: { latitude: 41.2995, longitude: 69.2401 },
    status: 'unknown',
    alternateNames: ['우즈베키스탄 식당'],
    sources: ['article'],
    editorialNote: 'A series of escapes in 2022. The article names no city; the pin is Tashkent.',
  },
]
