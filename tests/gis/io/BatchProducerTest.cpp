// BatchProducer hands batches made on another thread over in order, passes the producer's error
// on after the batches before it, and stops a producer that is waiting when the consumer goes.

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>

#include "gis/io/BatchProducer.h"

namespace fangan {
namespace {

TEST(BatchProducer, BatchesArriveInOrder) {
  BatchProducer<int> producer(
      [](const BatchProducer<int>::Push& push) {
        for (int b = 0; b < 500; ++b) {
          if (!push({b * 3, b * 3 + 1, b * 3 + 2})) return;
        }
      },
      2);
  int expected = 0;
  while (auto batch = producer.next()) {
    for (int v : *batch) ASSERT_EQ(v, expected++);
  }
  EXPECT_EQ(expected, 1500);
  EXPECT_FALSE(producer.next());  // stays finished
}

TEST(BatchProducer, AnErrorComesAfterTheBatchesBeforeIt) {
  BatchProducer<int> producer(
      [](const BatchProducer<int>::Push& push) {
        for (int b = 0; b < 3; ++b) push({b});
        throw std::runtime_error("第 4 行读取失败");
      },
      8);
  for (int b = 0; b < 3; ++b) {
    const auto batch = producer.next();
    ASSERT_TRUE(batch);
    EXPECT_EQ(batch->front(), b);
  }
  EXPECT_THROW(producer.next(), std::runtime_error);
}

TEST(BatchProducer, AConsumerThatStopsEarlyStopsTheProducer) {
  std::atomic<int> pushed{0};
  std::atomic<bool> refused{false};
  {
    BatchProducer<int> producer(
        [&](const BatchProducer<int>::Push& push) {
          for (int b = 0; b < 1000000; ++b) {
            if (!push({b})) {
              refused = true;
              return;
            }
            ++pushed;
          }
        },
        1);
    ASSERT_TRUE(producer.next());
  }  // the producer waits to push; destruction stops it
  EXPECT_TRUE(refused);
  EXPECT_LT(pushed.load(), 10);
}

}  // namespace
}  // namespace fangan
