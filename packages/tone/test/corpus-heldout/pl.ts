import { type Draft, FOR, INF } from '../corpus/types.js';

export const PL: readonly Draft[] = [
  ['Otrzymaliśmy Pana zgłoszenie i odpowiemy w ciągu 24 godzin.', 'formal'],
  ['Czy mogłaby Pani podać numer zamówienia z faktury?', 'formal'],
  ['Paczka została dziś przekazana kurierowi.', 'formal'],
  ['Zwrot pojawi się na Państwa koncie w ciągu pięciu dni roboczych.', 'formal'],
  ['Przepraszamy za utrudnienia; kurier przyjedzie ponownie jutro.', 'formal'],
  ['Dzięki za wiadomość, już sprawdzamy Twoje zamówienie.', 'informal'],
  ['Jeśli chcesz, wyślemy Ci nową etykietę.', 'informal'],
  ['Twoja paczka wyjeżdża dziś z magazynu.', 'informal'],
  ['Pani Anna z działu zwrotów odezwie się jutro.', 'informal'],
  ['Napisz, gdy paczka dotrze.', 'informal'],
  ['Otrzymaliśmy twoje zgłoszenie zwrotu.', 'formal', [INF]],
  ['Wyślij nam zdjęcie uszkodzonego produktu.', 'formal', [INF]],
  ['Czy możesz potwierdzić adres dostawy?', 'formal', [INF]],
  ['Zwróciliśmy pieniądze, zobaczysz je na koncie za dwa dni.', 'formal', [INF]],
  ['Pamiętaj, że masz 30 dni na zwrot.', 'formal', [INF]],
  ['Jeśli wolisz, możemy wymienić rozmiar.', 'formal', [INF]],
  ['Dzięki za wiadomość, Pana paczka dotrze jutro.', 'informal', [FOR]],
  ['Możesz nam napisać, czy Pani otrzymała już przesyłkę?', 'informal', [FOR]],
  ['Jeśli Państwo chcą, wyślemy nowy link.', 'informal', [FOR]],
  ['Sorry za opóźnienie, Panu należy się kupon.', 'informal', [FOR]],
];
