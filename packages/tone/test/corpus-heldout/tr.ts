import { type Draft, FOR, INF } from '../corpus/types.js';

export const TR: readonly Draft[] = [
  ['Talebinizi aldık, 24 saat içinde size dönüş yapacağız.', 'formal'],
  ['Faturadaki sipariş numarasını bizimle paylaşabilir misiniz?', 'formal'],
  ['Paketiniz bu sabah kargoya teslim edildi.', 'formal'],
  ['İade tutarı beş iş günü içinde hesabınıza yansıyacaktır.', 'formal'],
  ['Yaşanan aksaklık için özür dileriz; kurye yarın tekrar gelecek.', 'formal'],
  ['Mesajın için teşekkürler, siparişine hemen bakıyoruz.', 'informal'],
  ['İstersen sana yeni bir iade etiketi gönderelim.', 'informal'],
  ['Paketin bugün depodan çıkıyor.', 'informal'],
  ['Kurye yarın öğleden sonra gelecek.', 'informal'],
  ['Paket ulaşınca bize yaz.', 'informal'],
  ['Senin iade talebin elimize ulaştı.', 'formal', [INF]],
  ['Hasarlı ürünün fotoğrafını bize gönder.', 'formal', [INF]],
  ['Teslimat adresini onaylayabilir misin?', 'formal', [INF]],
  ['Ücretini iade ettik, iki gün içinde hesabında görürsün.', 'formal', [INF]],
  ['Unutma, iade için 30 günün var.', 'formal', [INF]],
  ['İstersen bedeni değiştirebiliriz.', 'formal', [INF]],
  ['Mesajın için teşekkürler, siparişiniz yarın geliyor.', 'informal', [FOR]],
  ['Paketi aldınız mı, bize yazar mısın?', 'informal', [FOR]],
  ['İsterseniz sana yeni bir bağlantı gönderelim.', 'informal', [FOR]],
  ['Gecikme için kusura bakma, size bir kupon tanımladık.', 'informal', [FOR]],
];
