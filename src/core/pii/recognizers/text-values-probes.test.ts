/**
 * Twenty-seventh round, the team lead's probe sentences: sentences of our own for each class of
 * name or date form found unmasked, and look-alikes that must stay as they are. Every name, number
 * and place is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("twenty-seventh round: a Korean name before its honorific or 이라고 합니다", () => {
  expectMasked(
    [
      ["a name before 씨의", "윤서진 씨의 신청서를 가져왔습니다", "윤서진"],
      ["a name before 씨도", "권나래 씨도 같이 왔어요", "권나래"],
      ["a name before 님께", "배준호님께 전해 주세요", "배준호"],
      ["a name before 씨 in a Japanese sentence", "同居人は임도윤 씨です", "임도윤"],
      [
        "a name opening the sentence before 이라고 합니다",
        "한지민이라고 합니다. 전입신고요",
        "한지민",
      ],
      ["after a greeting and a full stop", "안녕하세요. 서유진이라고 해요", "서유진"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a word for kindness before 씨", "마음씨가 고운 분이에요", "마음"],
    ["a teacher before 님", "선생님께 여쭤봤어요", "선생"],
    ["a customer before 님", "고객님의 서류는 준비됐습니다", "고객"],
    ["a title before 님", "조합장님이 오셨어요", "조합장"],
    ["an applicant before 님", "신청자님의 주소를 확인합니다", "신청자"],
    ["a procedure before 라고 합니다", "전입신고라고 합니다.", "전입신고"],
  ]);
});
