//! Parsing the compact `--faults` syntax (documented on the parent module).

use std::str::FromStr;
use std::time::Duration;

use super::{Fault, FaultPlan, FaultSpecError, check_operation};

fn kind_names() -> String {
    Fault::all(Duration::ZERO)
        .iter()
        .map(Fault::name)
        .collect::<Vec<_>>()
        .join(", ")
}

fn probability(item: &str, value: &str) -> Result<f64, FaultSpecError> {
    let p: f64 = value.parse().map_err(|_| {
        FaultSpecError::new(format!("`{item}`: `{value}` is not a number from 0 to 1"))
    })?;
    if (0.0..=1.0).contains(&p) {
        Ok(p)
    } else {
        Err(FaultSpecError::new(format!(
            "`{item}`: probability {value} is not between 0 and 1"
        )))
    }
}

impl FromStr for FaultPlan {
    type Err = FaultSpecError;

    /// Parses `seed=N,rate=P,KIND=P,OP:rate=P,OP:KIND=P,delay_ms=N` (see the
    /// [module docs](super)); the plan is [checked](FaultPlan::check) too.
    ///
    /// ```
    /// use dis_local::faults::{Fault, FaultPlan};
    /// let plan: FaultPlan = "seed=3, get_records:empty_page=0.5, delay_ms=250".parse().unwrap();
    /// assert_eq!(plan.probability_of("get_records", Fault::EmptyPage), 0.5);
    /// assert!("seed=x".parse::<FaultPlan>().is_err());
    /// ```
    fn from_str(spec: &str) -> Result<Self, FaultSpecError> {
        let items: Vec<&str> = spec
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        if items.is_empty() {
            return Err(FaultSpecError::new(
                "empty fault spec (expected e.g. `seed=7,rate=0.2`)",
            ));
        }
        // The delay applies to every `delay` item wherever it is written.
        let mut delay = None;
        for item in &items {
            if let Some(v) = item.strip_prefix("delay_ms=") {
                let ms: u64 = v.trim().parse().map_err(|_| {
                    FaultSpecError::new(format!(
                        "`{item}`: `{}` is not a whole number of milliseconds",
                        v.trim()
                    ))
                })?;
                delay = Some(Duration::from_millis(ms));
            }
        }
        let mut plan = FaultPlan::new(0);
        if let Some(d) = delay {
            plan = plan.delay(d);
        }
        for item in items {
            let Some((key, value)) = item.split_once('=') else {
                return Err(FaultSpecError::new(format!(
                    "`{item}`: expected NAME=VALUE (e.g. `rate=0.2` or `put_records:close_after=0.05`)"
                )));
            };
            let (key, value) = (key.trim(), value.trim());
            let (op, name) = match key.split_once(':') {
                Some((op, name)) => (Some(op.trim()), name.trim()),
                None => (None, key),
            };
            match (op, name) {
                (None, "seed") => {
                    let seed = value.parse().map_err(|_| {
                        FaultSpecError::new(format!(
                            "`{item}`: `{value}` is not a whole number from 0 to 2^64-1"
                        ))
                    })?;
                    plan = plan.seed(seed);
                }
                (None, "delay_ms") => {}
                (None, "rate") => plan = plan.rate(probability(item, value)?),
                (Some(op), name) => {
                    check_operation(op)
                        .map_err(|e| FaultSpecError::new(format!("`{item}`: {e}")))?;
                    if name == "rate" {
                        plan = plan.rate_on(op, probability(item, value)?);
                    } else {
                        let fault = kind(item, name, plan.delay)?;
                        if !fault.applies_to(op) {
                            return Err(FaultSpecError::new(format!(
                                "`{item}`: {name} does not apply to {op} ({})",
                                super::applies_where(&fault)
                            )));
                        }
                        plan = plan.probability_on(op, fault, probability(item, value)?);
                    }
                }
                (None, name) => {
                    let fault = kind(item, name, plan.delay)?;
                    plan = plan.probability(fault, probability(item, value)?);
                }
            }
        }
        plan.check()?;
        Ok(plan)
    }
}

fn kind(item: &str, name: &str, delay: Duration) -> Result<Fault, FaultSpecError> {
    Fault::from_name(name, delay).ok_or_else(|| {
        FaultSpecError::new(format!(
            "`{item}`: unknown fault kind `{name}` (expected seed, rate, delay_ms or one of {})",
            kind_names()
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(spec: &str) -> String {
        spec.parse::<FaultPlan>().unwrap_err().to_string()
    }

    #[test]
    fn full_syntax() {
        let plan: FaultPlan =
            "seed=7,rate=0.2,throttle_429=0.01,get_records:rate=0.4,put_records:close_after=0.05,delay_ms=1500"
                .parse()
                .unwrap();
        let expected = FaultPlan::new(7)
            .rate(0.2)
            .probability(Fault::Throttle429, 0.01)
            .rate_on("get_records", 0.4)
            .probability_on("put_records", Fault::CloseAfterApply, 0.05)
            .delay(Duration::from_millis(1500));
        assert_eq!(plan, expected);
        let delayed: FaultPlan = "delay=0.5,delay_ms=20".parse().unwrap();
        assert_eq!(
            delayed.probability_of("show_app", Fault::DelayAfterApply(Duration::ZERO)),
            0.5
        );
        let hits: Vec<_> = (0..100)
            .filter_map(|n| delayed.decide(n, "show_app"))
            .collect();
        assert!(!hits.is_empty());
        assert!(
            hits.iter()
                .all(|f| *f == Fault::DelayAfterApply(Duration::from_millis(20)))
        );
    }

    #[test]
    fn errors_name_the_bad_part() {
        assert_eq!(
            err(""),
            "empty fault spec (expected e.g. `seed=7,rate=0.2`)"
        );
        assert!(err("seed=-1").starts_with("`seed=-1`: `-1` is not a whole number"));
        assert!(err("rate=x").starts_with("`rate=x`: `x` is not a number"));
        assert!(err("rate=1.5").contains("probability 1.5 is not between 0 and 1"));
        assert!(err("seed=1,boom=0.1").starts_with("`boom=0.1`: unknown fault kind `boom`"));
        assert!(err("putrecords:close_after=0.1").contains("unknown operation `putrecords`"));
        assert!(err("get_records:partial_throttle=0.1").contains("put_records only"));
        assert!(err("seed").starts_with("`seed`: expected NAME=VALUE"));
        assert!(err("delay_ms=soon").starts_with("`delay_ms=soon`:"));
        assert!(err("rate=0.8,close_after=0.5").contains("add up to"));
    }
}
