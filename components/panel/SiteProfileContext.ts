import { createContext, useContext } from 'react';
import { nossaProfile, type SiteProfile } from '@/lib/sites';

/** The site profile in force on this page (the admin's, else the shipped NOSSA default). */
export const SiteProfileContext = createContext<SiteProfile>(nossaProfile);
export const useSiteProfile = () => useContext(SiteProfileContext);
