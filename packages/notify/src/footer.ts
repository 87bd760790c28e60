import type { Audience } from "./events.ts";
import type { Language } from "./format.ts";

// Why the recipient gets this message and how to stop it; filled into the shared mail layout.
type Footer = (organisation: string, phone: string) => string;

export const FOOTERS: Readonly<Record<Language, Record<Audience, Footer>>> = {
  nl: {
    worker: (o, p) => `Je krijgt dit bericht omdat je wijk-werker bent bij ${o}. Wil je geen mails of sms'en meer? Bel ${p} of zeg het aan je bemiddelaar.`,
    client: (o, p) => `U krijgt dit bericht omdat u wijk-werk gebruikt via ${o}. Wilt u geen mails of sms'en meer? Bel ${p} of zeg het aan uw bemiddelaar.`,
    consultant: (o, p) => `Je krijgt dit bericht omdat je bemiddelaar bent bij ${o}. Wil je deze meldingen niet meer? Pas je profiel aan of bel ${p}.`,
    staff: (o, p) => `U krijgt dit bericht omdat u een account hebt bij ${o}. Vroeg u niets? Bel ${p}.`,
    anyone: (o, p) => `U krijgt dit bericht van ${o}. Wilt u geen mails of sms'en meer? Bel ${p}.`,
  },
  fr: {
    worker: (o, p) =>
      `Vous recevez ce message parce que vous êtes travailleur wijk-werk chez ${o}. Vous ne voulez plus de mails ou de SMS ? Appelez le ${p} ou dites-le à votre accompagnateur.`,
    client: (o, p) =>
      `Vous recevez ce message parce que vous faites appel au wijk-werk via ${o}. Vous ne voulez plus de mails ou de SMS ? Appelez le ${p} ou dites-le à votre accompagnateur.`,
    consultant: (o, p) =>
      `Vous recevez ce message parce que vous êtes accompagnateur chez ${o}. Vous ne voulez plus ces messages ? Modifiez votre profil ou appelez le ${p}.`,
    staff: (o, p) => `Vous recevez ce message parce que vous avez un compte chez ${o}. Vous n'avez rien demandé ? Appelez le ${p}.`,
    anyone: (o, p) => `Vous recevez ce message de ${o}. Vous ne voulez plus de mails ou de SMS ? Appelez le ${p}.`,
  },
  en: {
    worker: (o, p) =>
      `You get this message because you are a wijk-werker with ${o}. Don't want emails or text messages any more? Call ${p} or tell your consultant.`,
    client: (o, p) =>
      `You get this message because you use wijk-werk through ${o}. Don't want emails or text messages any more? Call ${p} or tell your consultant.`,
    consultant: (o, p) => `You get this message because you are a consultant at ${o}. Don't want these notifications? Change your profile or call ${p}.`,
    staff: (o, p) => `You get this message because you have an account at ${o}. Did you not ask for anything? Call ${p}.`,
    anyone: (o, p) => `You get this message from ${o}. Don't want emails or text messages any more? Call ${p}.`,
  },
};
