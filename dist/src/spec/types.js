/**
 * The machine-readable spec: what the vendor's document says, rule by rule, with the
 * evidence level of each rule. Everything the suite asserts traces back to a Rule id.
 */
export {};
