import { defineMessages } from "../i18n/defineMessages.ts";

/** Every chart's title by its stable id: the registry gives each chart its title from here. */
export const CHART_TITLES = defineMessages(
  {
    "elderly-allowance": "Người cao tuổi và người hưởng trợ cấp xã hội hằng tháng",
    "allowance-base-level": "Mức chuẩn trợ giúp xã hội qua các nghị định",
    "allowance-coefficients": "Hệ số trợ cấp cho từng diện người cao tuổi",
    "club-plan": "Câu lạc bộ Liên thế hệ tự giúp nhau: hiện có và kế hoạch",
    "club-members": "Ai tham gia các câu lạc bộ VIE070",
    "club-activities": "Các câu lạc bộ VIE070 làm gì",
    "district-population": "Dân số các huyện, thành phố qua hai cuộc Tổng điều tra",
    "district-communes": "Số xã, phường, thị trấn của từng huyện, thành phố",
    "vietnam-ageing": "Việt Nam đang già đi",
  },
  {
    "elderly-allowance": "Older people and monthly social allowance recipients",
    "allowance-base-level": "The social assistance base level, decree by decree",
    "allowance-coefficients": "Allowance coefficients for each group of older people",
    "club-plan": "Intergenerational Self-Help Clubs: running and planned",
    "club-members": "Who the VIE070 club members are",
    "club-activities": "What the VIE070 clubs do",
    "district-population": "Population of the districts and cities at two censuses",
    "district-communes": "Communes, wards and townships in each district and city",
    "vietnam-ageing": "Viet Nam is ageing",
  },
);
