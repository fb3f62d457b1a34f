//! Inks shown on a screen by evaluating the press profile's own table at
//! each colour asked for. moxcms prepares a CMYK → sRGB conversion by
//! sampling the whole table on a 17⁴ grid first (about 10 ms, most of what
//! a single poster costs), while a sign shows a handful of inks: the
//! table's few corners around each one are all it needs.
//!
//! This reads the lut8 and lut16 tables (ICC.1 §10.10, §10.11) that nearly
//! every press profile carries, with Lab as the connection space, and
//! interpolates them as moxcms does (quadrilinear for a Lab table); other
//! profiles are left to moxcms.

use moxcms::{ColorProfile, DataColorSpace, LutDataType, LutStore, LutType, LutWarehouse};

/// A CMYK → Lab table, its values scaled to 0–1.
pub struct InkTable {
    input: [Vec<f32>; 4],
    grid: Vec<f32>,
    points: usize,
    output: [Vec<f32>; 3],
    /// lut16 tables encode Lab the legacy (v2) way, lut8 tables as v4 does.
    legacy_lab: bool,
    xyz_to_srgb: [[f32; 3]; 3],
}

impl InkTable {
    /// The press's colorimetric CMYK → Lab table, when it is one this reads.
    pub fn of(press: &ColorProfile) -> Option<InkTable> {
        if press.pcs != DataColorSpace::Lab {
            return None;
        }
        // ICC.1 §8.10.2: AToB1 for a colorimetric intent, AToB0 without it.
        let table = press
            .lut_a_to_b_colorimetric
            .as_ref()
            .or(press.lut_a_to_b_perceptual.as_ref())?;
        let LutWarehouse::Lut(table) = table else {
            return None;
        };
        Self::read(table)
    }

    fn read(table: &LutDataType) -> Option<InkTable> {
        let points = usize::from(table.num_clut_grid_points);
        let (inputs, outputs) = (table.num_input_channels, table.num_output_channels);
        if inputs != 4 || outputs != 3 || points < 2 {
            return None;
        }
        let grid = scaled(&table.clut_table);
        if grid.len() != points.pow(4) * 3 {
            return None;
        }
        Some(InkTable {
            input: curves(
                &table.input_table,
                usize::from(table.num_input_table_entries),
            )?,
            grid,
            points,
            output: curves(
                &table.output_table,
                usize::from(table.num_output_table_entries),
            )?,
            legacy_lab: table.lut_type == LutType::Lut16,
            xyz_to_srgb: xyz_to_srgb(),
        })
    }

    /// How `inks` (each 0–1) look in sRGB, each channel 0–1 unclipped.
    pub fn screen(&self, inks: [f32; 4]) -> [f32; 3] {
        let at = std::array::from_fn(|ink| along(&self.input[ink], inks[ink]));
        let pcs = self.interpolated(at);
        let encoded: [f32; 3] = std::array::from_fn(|n| along(&self.output[n], pcs[n]));
        let lab = if self.legacy_lab {
            // 0xFF00 is L* 100 and a*, b* step by 1/256 (ICC.1 §10.11).
            let scale = 65_535.0 / 65_280.0;
            [
                encoded[0] * scale * 100.0,
                encoded[1] * scale * 255.0 - 128.0,
                encoded[2] * scale * 255.0 - 128.0,
            ]
        } else {
            [
                encoded[0] * 100.0,
                encoded[1] * 255.0 - 128.0,
                encoded[2] * 255.0 - 128.0,
            ]
        };
        let xyz = xyz_of_lab(lab);
        let m = &self.xyz_to_srgb;
        std::array::from_fn(|row| {
            let linear = m[row][0] * xyz[0] + m[row][1] * xyz[1] + m[row][2] * xyz[2];
            srgb_encoded(linear)
        })
    }

    /// The grid at `at` (each 0–1), interpolated between the 16 corners of
    /// the cell around it.
    fn interpolated(&self, at: [f32; 4]) -> [f32; 3] {
        let last = (self.points - 1) as f32;
        let mut base = [0usize; 4];
        let mut fraction = [0f32; 4];
        for axis in 0..4 {
            let position = at[axis].clamp(0.0, 1.0) * last;
            let below = (position.floor() as usize).min(self.points - 2);
            base[axis] = below;
            fraction[axis] = position - below as f32;
        }
        let mut value = [0f32; 3];
        for corner in 0..16usize {
            let mut weight = 1.0;
            let mut index = 0;
            for axis in 0..4 {
                let up = (corner >> (3 - axis)) & 1;
                weight *= if up == 1 {
                    fraction[axis]
                } else {
                    1.0 - fraction[axis]
                };
                index = index * self.points + base[axis] + up;
            }
            for (channel, sum) in value.iter_mut().enumerate() {
                *sum += weight * self.grid[index * 3 + channel];
            }
        }
        value
    }
}

/// A table's values scaled to 0–1.
fn scaled(store: &LutStore) -> Vec<f32> {
    match store {
        LutStore::Store8(values) => values.iter().map(|&v| f32::from(v) / 255.0).collect(),
        LutStore::Store16(values) => values.iter().map(|&v| f32::from(v) / 65_535.0).collect(),
    }
}

/// The table's curves, `entries` points each.
fn curves<const N: usize>(store: &LutStore, entries: usize) -> Option<[Vec<f32>; N]> {
    let all = scaled(store);
    if entries < 2 || all.len() < entries * N {
        return None;
    }
    Some(std::array::from_fn(|n| {
        all[n * entries..(n + 1) * entries].to_vec()
    }))
}

/// A curve read at `x` (0–1), linearly between its points.
fn along(curve: &[f32], x: f32) -> f32 {
    let last = curve.len() - 1;
    let position = x.clamp(0.0, 1.0) * last as f32;
    let below = (position.floor() as usize).min(last - 1);
    let fraction = position - below as f32;
    curve[below] + (curve[below + 1] - curve[below]) * fraction
}

/// CIE XYZ of a Lab colour, relative to the connection space's D50 white.
fn xyz_of_lab([l, a, b]: [f32; 3]) -> [f32; 3] {
    const D50: [f32; 3] = [0.9642, 1.0, 0.8249];
    let fy = (l + 16.0) / 116.0;
    let f = |t: f32| {
        if t > 6.0 / 29.0 {
            t * t * t
        } else {
            3.0 * (6.0f32 / 29.0).powi(2) * (t - 4.0 / 29.0)
        }
    };
    [
        f(fy + a / 500.0) * D50[0],
        f(fy) * D50[1],
        f(fy - b / 200.0) * D50[2],
    ]
}

/// D50 XYZ to linear sRGB, by the inverse of sRGB's own (D50-adapted)
/// colorants, as moxcms's sRGB profile gives them.
fn xyz_to_srgb() -> [[f32; 3]; 3] {
    let m = ColorProfile::new_srgb().rgb_to_xyz_matrix().inverse();
    m.v.map(|row| row.map(|value| value as f32))
}

fn srgb_encoded(linear: f32) -> f32 {
    if linear <= 0.003_130_8 {
        linear * 12.92
    } else {
        1.055 * linear.powf(1.0 / 2.4) - 0.055
    }
}
