#include "gis/synth/ChineseNames.h"

#include <array>

namespace fangan::synth {

namespace {

template <typename T, size_t N>
const T& anyOf(SplitMix& rng, const std::array<T, N>& values) {
  return values[static_cast<size_t>(rng.range(0, static_cast<std::int64_t>(N) - 1))];
}

const std::array<const char*, 24> kTowns = {
    "城关镇", "东城街道", "西城街道", "南湖街道", "北山镇",   "青石镇", "柳河镇", "石桥镇",
    "白沙镇", "龙泉镇",   "金山镇",   "桃源镇",   "新华街道", "长安镇", "平安镇", "丰收镇",
    "安宁镇", "永和镇",   "太平镇",   "双河镇",   "红旗镇",   "黄岗镇", "梅林镇", "清水镇"};

const std::array<const char*, 30> kSurnames = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
    "郭", "何", "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"};

const std::array<const char*, 30> kGivenNames = {
    "伟", "芳",   "娜",   "敏",   "静",   "丽",   "强",   "磊",   "军",   "洋",
    "勇", "艳",   "杰",   "娟",   "涛",   "明",   "超",   "秀英", "华",   "平",
    "刚", "桂英", "建华", "志强", "海燕", "文斌", "玉兰", "国庆", "红梅", "晓东"};

const std::array<const char*, 16> kVillageSecond = {"家", "庄", "湾", "坪", "岗", "坝", "营", "店",
                                                    "集", "寨", "堡", "沟", "塘", "圩", "桥", "楼"};

const std::array<const char*, 15> kMobilePrefixes = {"133", "135", "136", "137", "138",
                                                     "139", "150", "151", "152", "158",
                                                     "159", "177", "180", "186", "189"};

}  // namespace

std::string townName(int index) {
  const int n = static_cast<int>(kTowns.size());
  std::string name = kTowns[static_cast<size_t>(index % n)];
  // Beyond the list, a "second" town of the same name gets a number, as new districts do.
  if (index >= n) name = std::to_string(index / n + 1) + name;
  return name;
}

std::string villageName(SplitMix& rng) {
  return std::string(anyOf(rng, kSurnames)) + anyOf(rng, kVillageSecond) + "村";
}

std::string personName(SplitMix& rng) {
  return std::string(anyOf(rng, kSurnames)) + anyOf(rng, kGivenNames);
}

std::string mobileNumber(SplitMix& rng) {
  std::string number = anyOf(rng, kMobilePrefixes);
  for (int i = 0; i < 8; ++i) number += static_cast<char>('0' + rng.range(0, 9));
  return number;
}

}  // namespace fangan::synth
