import { type Draft, FOR, INF } from '../corpus/types.js';

export const FR: readonly Draft[] = [
  ['Nous avons bien reçu votre demande et revenons vers vous sous 48 heures.', 'formal'],
  ['Votre colis a été remis au transporteur ce matin.', 'formal'],
  ['Pourriez-vous nous indiquer le numéro figurant sur la facture ?', 'formal'],
  ['Nous avons revu le ton de nos courriels suite à vos remarques.', 'formal'],
  ['Le remboursement apparaîtra sur votre relevé d’ici cinq jours ouvrés.', 'formal'],
  ['Merci pour ton message, on regarde ça tout de suite.', 'informal'],
  ['Ta commande est partie ce matin, tu la recevras jeudi.', 'informal'],
  ['Si tu veux, on peut t’envoyer une nouvelle étiquette.', 'informal'],
  ['Le livreur passera demain entre 9 h et 12 h.', 'informal'],
  ['Dis-nous simplement quelle taille te convient.', 'informal'],
  ['Nous avons bien reçu ta demande de retour.', 'formal', [INF]],
  ['Envoie-nous une photo du produit abîmé, s’il vous plaît.', 'formal', [INF]],
  ['Tu peux suivre le colis avec le lien ci-dessous.', 'formal', [INF]],
  ['Nous allons te rembourser dès réception de l’article.', 'formal', [INF]],
  ['Vérifie ton adresse avant de valider la commande.', 'formal', [INF]],
  ['As-tu bien reçu le bon d’achat ?', 'formal', [INF]],
  ['Merci pour ton message, votre colis arrive demain.', 'informal', [FOR]],
  ['Tu peux nous dire si vous avez reçu le remboursement ?', 'informal', [FOR]],
  ['Si vous voulez, on t’envoie un nouveau lien.', 'informal', [FOR]],
  ['Pouvez-vous nous envoyer une photo ?', 'informal', [FOR]],
];
