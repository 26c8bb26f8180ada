//! The table of budgets `make bench` ends with: one row a figure, PASS or FAIL.

/// One figure against its budget.
pub struct Row {
    pub figure: String,
    pub app: String,
    pub baseline: String,
    pub budget: String,
    /// `None`: not measured here (the reason is in `app`).
    pub pass: Option<bool>,
}

#[derive(Default)]
pub struct Report {
    rows: Vec<Row>,
}

impl Report {
    /// Adds a figure; `pass` is `None` when it could not be measured.
    pub fn add(
        &mut self,
        figure: &str,
        app: String,
        baseline: &str,
        budget: &str,
        pass: Option<bool>,
    ) {
        self.rows.push(Row {
            figure: figure.to_string(),
            app,
            baseline: baseline.to_string(),
            budget: budget.to_string(),
            pass,
        });
    }

    /// Adds a figure that could not be measured, and why.
    pub fn missing(&mut self, figure: &str, why: &str, budget: &str) {
        self.add(figure, format!("not measured: {why}"), "", budget, None);
    }

    pub fn print(&self) {
        println!("\n== budgets (paste into BENCHMARKS.md) ==");
        println!("| figure | app | hello world | budget | verdict |");
        println!("|---|---|---|---|---|");
        for r in &self.rows {
            let verdict = match r.pass {
                Some(true) => "PASS",
                Some(false) => "FAIL",
                None => "NOT MEASURED",
            };
            println!(
                "| {} | {} | {} | {} | {verdict} |",
                r.figure, r.app, r.baseline, r.budget
            );
        }
    }
}

/// The median of some figures (0 when there are none).
pub fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v.get(v.len() / 2).copied().unwrap_or(0.0)
}

/// The 95th percentile (nearest rank) of some figures (0 when there are none).
pub fn p95(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    let rank = ((v.len() as f64) * 0.95).ceil() as usize;
    v.get(rank.saturating_sub(1)).copied().unwrap_or(0.0)
}
