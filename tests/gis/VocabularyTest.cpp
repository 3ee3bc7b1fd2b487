// gis/model/Vocabulary: every value reads back from the key and the Chinese label Fangan writes.
// The labels with Latin capitals ("C级", "鉴定AB级") were compared with the lower-cased cell and
// never matched, so a ledger's "C级" was a row error on import (found by the row_parser fuzz
// target's round-trip invariant).

#include <gtest/gtest.h>

#include "gis/model/Vocabulary.h"

namespace fangan {
namespace {

template <typename E, typename Parse>
void expectRoundTrip(std::initializer_list<E> values, Parse parse) {
  for (const E v : values) {
    EXPECT_EQ(parse(toKey(v)), v) << toKey(v);
    EXPECT_EQ(parse(toChinese(v)), v) << toChinese(v);
  }
}

TEST(Vocabulary, GradeLabelsAreReadInAnyCase) {
  EXPECT_EQ(parseAppraisalGrade("C级"), AppraisalGrade::C);
  EXPECT_EQ(parseAppraisalGrade(" c级 "), AppraisalGrade::C);
  EXPECT_EQ(parseAppraisalGrade("A级"), AppraisalGrade::A);
  EXPECT_EQ(parseAppraisalGrade("Dsu级"), AppraisalGrade::D);
  EXPECT_EQ(parseClosureBasis("鉴定AB级"), ClosureBasis::GradeAB);
  EXPECT_FALSE(parseAppraisalGrade("E级"));
}

TEST(Vocabulary, EveryValueReadsBackFromItsKeyAndLabel) {
  using S = Structure;
  expectRoundTrip<S>(
      {S::Unknown, S::Masonry, S::BrickWood, S::Frame, S::Steel, S::Timber, S::Earth, S::Other},
      parseStructure);
  using U = BuildingUse;
  expectRoundTrip<U>(
      {U::Unknown, U::Residential, U::Commercial, U::Public, U::Mixed, U::Industrial, U::Other},
      parseUse);
  using V = SurveyStatus;
  expectRoundTrip<V>({V::Unknown, V::NotSurveyed, V::Surveyed}, parseSurveyStatus);
  using H = InitialHazard;
  expectRoundTrip<H>({H::Unknown, H::None, H::Hazard, H::Suspect}, parseInitialHazard);
  using G = AppraisalGrade;
  expectRoundTrip<G>({G::None, G::A, G::B, G::C, G::D}, parseAppraisalGrade);
  using C = ControlMeasure;
  expectRoundTrip<C>({C::Unknown, C::None, C::StopUse, C::EvacuatedSealed}, parseControl);
  using R = Rectification;
  expectRoundTrip<R>({R::Unknown, R::None, R::Repair, R::Reinforce, R::PartialDemolition,
                      R::Demolition, R::Rebuild, R::Relocate},
                     parseRectification);
  using B = ClosureBasis;
  expectRoundTrip<B>(
      {B::Unknown, B::RecheckNoHazard, B::GradeAB, B::Engineering, B::ManagementOnly},
      parseClosureBasis);
}

}  // namespace
}  // namespace fangan
