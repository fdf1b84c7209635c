/**
 * A few words for other departments' topics in the languages of foreign residents besides
 * English (Vietnamese, Chinese, Korean, Portuguese, Spanish, Tagalog), mapped to the Japanese
 * keywords a departments table lists. Written from general knowledge; matched on folded text, so
 * only words that do not sit inside other words are listed.
 */
export const WORLD_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  住民税: ["thuế cư trú", "thuế thị dân", "주민세", "imposto residencial", "impuesto de residente"],
  税金: ["nộp thuế", "đóng thuế", "纳税", "交税", "세금", "imposto", "impuesto", "buwis"],
  国民健康保険: [
    "bảo hiểm y tế quốc dân",
    "bảo hiểm sức khỏe quốc dân",
    "国民健康保险",
    "국민건강보험",
    "seguro nacional de saúde",
    "seguro nacional de salud",
  ],
  年金: ["lương hưu", "养老金", "연금", "pensão", "pensión"],
  ごみ: ["vứt rác", "đổ rác", "垃圾", "쓰레기", "lixo", "basura"],
  児童手当: ["trợ cấp nhi đồng", "儿童补贴", "아동수당", "abono infantil", "subsidio infantil"],
  保育園: ["nhà trẻ", "托儿所", "幼儿园入园", "어린이집", "creche", "guardería"],
  介護保険: ["bảo hiểm chăm sóc", "护理保险", "장기요양", "seguro de cuidados"],
  予防接種: ["tiêm chủng", "疫苗接种", "예방접종", "vacinação", "vacunación"],
  空き家: [
    "nhà bỏ hoang",
    "nhà bỏ trống",
    "空置房",
    "空房子",
    "빈집",
    "casa abandonada",
    "casa vazia",
  ],
  障害者手帳: ["sổ tay người khuyết tật", "残疾人手册", "残疾人证", "장애인 수첩", "장애인등록증"],
  生活保護: ["trợ cấp sinh hoạt", "低保", "生活保护", "기초생활", "assistência social"],
};
