// The claims' timeline: a bar per day from the first to the last claim date (empty days included), per month when
// the dates span more than four months.
import { describe, expect, it } from "vitest";
import { timelineBuckets } from "../../src/viewer/timeline.ts";

describe("timelineBuckets", () => {
  it("counts claims per day over a short span, empty days included", () => {
    const buckets = timelineBuckets(["2017-09-27", "2017-09-25", "2017-09-27", "2017-10-01"]);
    expect(buckets.map((b) => [b.from, b.count])).toEqual([
      ["2017-09-25", 1], ["2017-09-26", 0], ["2017-09-27", 2], ["2017-09-28", 0], ["2017-09-29", 0], ["2017-09-30", 0], ["2017-10-01", 1],
    ]);
  });

  it("counts per month over a long span, each bar covering its whole month", () => {
    const buckets = timelineBuckets(["2016-12-31", "2017-02-10", "2017-06-01", "2017-02-28"]);
    expect(buckets.map((b) => [b.from, b.to, b.count])).toEqual([
      ["2016-12-01", "2016-12-31", 1], ["2017-01-01", "2017-01-31", 0], ["2017-02-01", "2017-02-28", 2], ["2017-03-01", "2017-03-31", 0],
      ["2017-04-01", "2017-04-30", 0], ["2017-05-01", "2017-05-31", 0], ["2017-06-01", "2017-06-30", 1],
    ]);
  });

  it("has no bars without dates", () => {
    expect(timelineBuckets([])).toEqual([]);
  });
});
