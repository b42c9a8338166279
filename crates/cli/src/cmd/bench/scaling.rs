//! `hearsay bench --scaling`: how the whole pipeline's cost grows with the input, on real
//! prose and on hostile shapes (issue 18), with the growth exponent of each.

use super::shapes::Shape;
use super::thread_cpu_secs;
use hearsay::{IngestOptions, Pipeline};

/// Least-squares slope of log(cost) against log(size): 1 is linear, 2 quadratic.
pub fn growth_exponent(points: &[(usize, f64)]) -> f64 {
    let xy: Vec<(f64, f64)> =
        points.iter().filter(|p| p.0 > 0 && p.1 > 0.0).map(|&(n, t)| ((n as f64).ln(), t.ln())).collect();
    if xy.len() < 2 {
        return f64::NAN;
    }
    let n = xy.len() as f64;
    let (mx, my) = (xy.iter().map(|p| p.0).sum::<f64>() / n, xy.iter().map(|p| p.1).sum::<f64>() / n);
    let sxx: f64 = xy.iter().map(|p| (p.0 - mx).powi(2)).sum();
    let sxy: f64 = xy.iter().map(|p| (p.0 - mx) * (p.1 - my)).sum();
    sxy / sxx
}

/// Fewest CPU seconds of one analysis of `text`, over runs that together take at least a
/// quarter of a second (one run for slow inputs).
fn time_one(p: &Pipeline, text: &str) -> anyhow::Result<f64> {
    let opts = IngestOptions::default();
    let (mut best, mut spent) = (f64::MAX, 0.0);
    while spent < 0.25 {
        let t = thread_cpu_secs();
        let d = p.analyze_bytes(text.as_bytes(), &opts)?;
        std::hint::black_box(&d);
        let s = thread_cpu_secs() - t;
        best = best.min(s);
        spent += s;
    }
    Ok(best)
}

/// Times every shape in `shapes` at its sizes and prints one line per size and one per shape.
pub fn run(p: &Pipeline, prose: &str, shapes: &[Shape], max_mb: f64) -> anyhow::Result<()> {
    println!("growth of one analysis (CPU seconds, fastest run), by input shape and size");
    let mut worst: f64 = 0.0;
    for &shape in shapes {
        let mut points = Vec::new();
        for size in shape.sizes(max_mb) {
            let text = shape.make(size, prose);
            let secs = time_one(p, &text)?;
            println!(
                "  {:<17} {:>10} bytes {:>9.4} s {:>8.2} MB/s",
                shape.name(),
                text.len(),
                secs,
                text.len() as f64 / 1e6 / secs
            );
            points.push((text.len(), secs));
        }
        let e = growth_exponent(&points);
        let last = growth_exponent(&points[points.len().saturating_sub(2)..]);
        worst = worst.max(e).max(last);
        println!("  {:<17} growth exponent {e:.2} (fit over all sizes), {last:.2} (last step)", shape.name());
    }
    println!("largest growth exponent: {worst:.2} (issue 18's bar: ≤ 1.2)");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::growth_exponent;

    #[test]
    fn exponent_of_known_curves() {
        let lin: Vec<(usize, f64)> = [1, 2, 4, 8].iter().map(|&n| (n * 1000, n as f64 * 0.01)).collect();
        let quad: Vec<(usize, f64)> = [1, 2, 4, 8].iter().map(|&n| (n * 1000, (n * n) as f64 * 0.01)).collect();
        assert!((growth_exponent(&lin) - 1.0).abs() < 1e-9);
        assert!((growth_exponent(&quad) - 2.0).abs() < 1e-9);
        assert!(growth_exponent(&lin[..1]).is_nan());
    }
}
