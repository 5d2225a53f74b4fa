"""The statistical and data methods, in plain words, shown on the page and in every pack."""

METHODS = [
    (
        "Grades are ordinal",
        "A grade is a category, not a number. Every view shows the full national distribution: "
        "the force's grade set against how many forces got each grade.",
    ),
    (
        "Ridit score",
        "Where one summary number is useful we show the ridit: the share of forces graded lower plus "
        "half the share graded the same. 0.5 is the national middle. It does not assume equal gaps between grades.",
    ),
    (
        "Programmes are never pooled",
        "The 2007 HMIC grades (Excellent, Good, Fair, Poor) and the PEEL grades "
        "(Outstanding, Good, Requires improvement, Inadequate) belong to different programmes and scales. They are "
        "shown side by side, never combined.",
    ),
    (
        "National distributions",
        "For 2007 the counts are published in every report. For PEEL they are the totals "
        "HMIC published; where none was published they are computed from the per-force grades, but only when every "
        "force has a grade. 'Not graded' is a real outcome and is shown but not counted on the scale.",
    ),
    (
        "Context figures",
        "Population and area are summed from local authorities to force areas using ONS lookups; "
        "households from the 2011 Census through the 2016 lookup; workforce from the Home Office table. There is no "
        "2007 population estimate here, so per-head figures for 2007 use mid-2011, the nearest year, and say so. "
        "Minority ethnic share is residents not in a White group.",
    ),
    (
        "England and Wales figures",
        "England and Wales values are the ONS total where published, otherwise the sum of the 43 force areas.",
    ),
]

CARRIED_OVER = (
    "In 2017 HMICFRS re-inspected only some effectiveness questions; the other judgments were carried over "
    "from 2016, so a 2016-to-2017 effectiveness change reflects part of the framework only. 2014 graded "
    "efficiency alone."
)
