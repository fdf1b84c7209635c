import { findTypes } from "./test-helpers";

describe("numbers and values as callers say them", () => {
  describe("hesitations, restarts and written variants", () => {
    it.each([
      ["phone", "電話は、090、ですね、4821の、0037です", "090、ですね、4821の、0037"],
      // One item since the eleventh round: the broken-off start, the apology and the number.
      [
        "phone",
        "090の4432の…あ、すみません、090の4432の1109です",
        "090の4432の…あ、すみません、090の4432の1109",
      ],
      [
        "phone",
        "折り返し、ぜろはちぜろ、よんよんさんさん、にーにーいちいち",
        "ぜろはちぜろ、よんよんさんさん、にーにーいちいち",
      ],
      ["phone", "tel: 090.3344.5566", "090.3344.5566"],
      ["credit_card", "カードの番号は、4532、0188、7766、5548", "4532、0188、7766、5548"],
      ["drivers_license", "免許証の番号は第123456789012号です", "123456789012"],
      ["secret", "暗証番号？えっと、ゼロゼロゼロゼロ", "ゼロゼロゼロゼロ"],
      ["secret", "暗証番号ですか？０７０７です", "０７０７"],
      ["secret", "my PIN is 4321", "4321"],
      ["birth_date", "生年月日は令和2年の5月5日です", "令和2年の5月5日"],
      ["birth_date", "生年月日は昭和50年、えー、10月の3日です", "昭和50年、えー、10月の3日"],
      ["address", "北九州市小倉南区北方2丁目3番地の4です", "北九州市小倉南区北方2丁目3番地の4"],
      [
        "address",
        "住所は若松区本町一丁目2番3号、コーポ本町202号室",
        "若松区本町一丁目2番3号、コーポ本町202号室",
      ],
      ["address", "住所はひかり区みなと町1-2-3です", "ひかり区みなと町1-2-3"],
    ])("should mask a %s in %s", (type, text, value) => {
      expect(findTypes(text)).toContainEqual({ type, text: value });
    });

    it.each([
      ["手数料は300円、1000円です"],
      ["縦4.5cm、横3.5cmの写真"],
      ["受付は8時30分から、えー、17時15分まで"],
      ["窓口の受付番号は0012、えっと、0013です"],
      ["手順は1-2-3の順です"],
    ])("should leave %s alone", (text) => {
      expect(findTypes(text)).toEqual([]);
    });
  });
});
