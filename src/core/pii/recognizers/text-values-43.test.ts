/**
 * Thirty-eighth round: classes of pii-unseen-36's misses, in sentences of our own, and look-alikes
 * that must stay as they are. Every name, number and place is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("thirty-eighth round: Latin names", () => {
  expectMasked(
    [
      ["a desk's officer, the desk in lower case", "Help desk (Ota): We can help.", "Ota"],
      ["a corner's officer", "Tax corner (Ishida): Please bring it.", "Ishida"],
      [
        "a Tagalog call opened by Si",
        "Si Rowelyn Macaraeg po ito. May tanong po.",
        "Rowelyn Macaraeg",
      ],
      [
        "a language teacher's post glued",
        "6/2 転出相談：ALTOliver Grant、7月帰国。",
        "Oliver Grant",
      ],
      ["an exchange coordinator's post", "6/4 CIR Nadia Kowalski が来庁。", "Nadia Kowalski"],
      [
        "a family's next name after a body's letters",
        "6/1 来庁 PEDRO ALVES、ANA ALVES。",
        "ANA ALVES",
      ],
      [
        "capitals after a note's heading",
        "6/3 旅券紛失の相談：BUI VAN LONG、旅券再発行。",
        "BUI VAN LONG",
      ],
      ["capitals after a short heading", "6/5 国保加入：SOUZA LUCAS、保険証交付。", "SOUZA LUCAS"],
      ["a note's desk entry", "6/8 Tax counter: Daniel Osei, asked about the form.", "Daniel Osei"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["an office's field in brackets", "Ward office (Tourism): Thank you!", "Tourism"],
    ["a language after a corner", "Tea corner (English): open at ten", "English"],
    ["a Tagalog question about someone", "Si Maria ba ito?", "Maria"],
    ["a word glued after a post", "ALT English Club の案内", "English Club"],
    ["letters that end a longer word", "SALTHannah Lee", "Hannah Lee"],
    ["a body's letters in a list", "6/1 来庁 PEDRO ALVES、ANA BUS。", "ANA BUS"],
    ["a station after a heading", "6/2 利用案内：TOKYO STATION、", "TOKYO STATION"],
    ["a card's words after a heading", "6/2 窓口：MY NUMBER CARD、", "MY NUMBER CARD"],
    ["capitals after a heading outside a note", "外国人相談：LE THI MAI、妊娠届", "LE THI MAI"],
    ["a romaji hall after a desk", "Information desk: Hanano Kaikan, 3F", "Hanano Kaikan"],
    ["a polite request after a desk", "Help desk: Please Call Us", "Please Call Us"],
  ]);
});

describe("thirty-eighth round: addresses in Latin letters", () => {
  expectMasked(
    [
      [
        "an Indonesian room in a numbered dormitory",
        "Alamat: Kamar 12, Asrama Hoshi 3, 2-4-6 Kawabe-machi, Kiri-ku",
        "Kamar 12, Asrama Hoshi 3, 2-4-6 Kawabe-machi, Kiri-ku",
      ],
      [
        "a Portuguese room in a dormitory with a mark",
        "Endereço: Quarto 8, Dormitório 1, 3-1-9 Kawabe-machi, Kiri-ku",
        "Quarto 8, Dormitório 1, 3-1-9 Kawabe-machi, Kiri-ku",
      ],
      [
        "a Vietnamese room in a dormitory named in lower case",
        "Địa chỉ: Phòng 5, Ký túc xá số 1, 3-1-9 Kawabe-machi, Kiri-ku.",
        "Phòng 5, Ký túc xá số 1, 3-1-9 Kawabe-machi, Kiri-ku",
      ],
      [
        "a numbered dormitory before a lot",
        "Alamat: Kamar 8, Asrama Hoshi 2, 482 Hoshino Daira, Kiri-ku.",
        "Kamar 8, Asrama Hoshi 2, 482 Hoshino Daira, Kiri-ku",
      ],
      [
        "an Australian unit before the house number",
        "Old address: 4/117 Harbour Road, Manly NSW 2095",
        "4/117 Harbour Road, Manly NSW 2095",
      ],
    ],
    "address",
  );
  expectLeftAlone([
    ["a sentence after a room", "Room 5, see you at 2-3-4 Sakuragidai", "Room 5"],
    ["a street without a postcode", "We met at 4/117 Harbour Road, Manly.", "Harbour Road"],
  ]);
});
