#!/usr/bin/env python3
"""Builds the open default emission factor set shipped in
scenarios/src/main/resources/de/bochumtwin/scenarios/hbefa/ (see docs/emissions.md for every source).

Run from the repository root with the shared data folder next to it:
  python3 scenarios/tools/make_default_emission_factors.py ../shared/data
Every row carries a Source code (S1..S7) explained in docs/emissions.md.
"""
import csv
import os
import sys

SAMPLE = "matsim-examples/emissions-sampleScenario"
OUT = "scenarios/src/main/resources/de/bochumtwin/scenarios/hbefa"
CASE = "twin-default-v1"
# MATSim's VspHbefaRoadTypeMapping produces these; the default set has a row for each.
ROAD_TYPES = ["URB/Access/30", "URB/Access/40", "URB/Local/50", "URB/Distr/50", "URB/Trunk-City/50",
              "URB/Local/60", "URB/Trunk-City/60", "URB/MW-City/60", "URB/MW-City/70", "URB/MW-Nat./80",
              "RUR/MW/>130"]
CATS = ["pass. car", "LCV", "HGV", "urban bus", "coach", "motorcycle"]
EXHAUST = ["CO2(total)", "NOx", "NO2", "PM", "PM2.5", "FC"]
# proxies for the categories whose exhaust rows (other than CO2) the public sample lacks
PROXY = {"LCV": "pass. car", "motorcycle": "pass. car", "urban bus": "HGV", "coach": "HGV"}
# EMEP/EEA 2019 Tier 1 non-exhaust factors in mg/km as applied by UBA's German inventory (IIR 2022):
# (tyre PM10, tyre PM2.5, brake PM10, brake PM2.5, road PM10, road PM2.5)
NON_EXHAUST = {
    "pass. car": (6.40, 4.49, 7.35, 2.93, 7.50, 4.05),
    "LCV": (10.1, 7.10, 11.5, 4.56, 7.50, 4.05),
    "HGV": (27.0, 18.9, 32.0, 12.7, 38.0, 20.5),
    "urban bus": (24.3, 18.9, 28.8, 12.7, 34.2, 20.5),
    "coach": (24.3, 18.9, 28.8, 12.7, 34.2, 20.5),
    "motorcycle": (2.80, 1.93, 3.63, 1.44, 3.00, 1.62),
}
SRC_NE = "S3"


def tyre_speed_correction(v_kmh):
    """EMEP/EEA tyre wear speed correction S_T(V) (1 at 80 km/h)."""
    if v_kmh < 40:
        return 1.39
    if v_kmh <= 90:
        return -0.00974 * v_kmh + 1.78
    return 0.902


def read(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return list(csv.DictReader(f, delimiter=";"))


def main(shared):
    hot = read(os.path.join(shared, SAMPLE, "sample_41_EFA_HOT_vehcat_2020average.csv"))
    cold = read(os.path.join(shared, SAMPLE, "sample_41_EFA_ColdStart_vehcat_2020average.csv"))
    src_hot = "S1"
    ef, speed = {}, {}
    for r in hot:
        sit = r["TrafficSit"].rsplit("/", 1)[1]
        ef[(r["VehCat"], r["Component"], sit)] = float(r["EFA_weighted"])
        if r["Component"] == "CO2(total)":
            speed[(r["VehCat"], sit)] = float(r["V_weighted"])
    warm_rows, det_rows = [], []
    for cat in CATS:
        for sit in ["Freeflow", "St+Go"]:
            v = speed[(cat, sit)]
            values = {}
            for comp in EXHAUST:
                if (cat, comp, sit) in ef:
                    values[comp] = (ef[(cat, comp, sit)], src_hot)
                elif comp == "FC":
                    p = PROXY[cat]
                    values[comp] = (ef[(p, "FC", sit)] * ef[(cat, "CO2(total)", sit)] / ef[(p, "CO2(total)", sit)],
                                    "S2fc:" + p)
                else:
                    p = PROXY[cat]
                    values[comp] = (ef[(p, comp, sit)], "S2:" + p)
            ne = NON_EXHAUST[cat]
            st = tyre_speed_correction(v)
            values["PM (non-exhaust)"] = ((ne[0] * st + ne[2] + ne[4]) / 1000.0, SRC_NE)
            values["PM2.5 (non-exhaust)"] = ((ne[1] * st + ne[3] + ne[5]) / 1000.0, SRC_NE)
            for road in ROAD_TYPES:
                for comp, (val, src) in values.items():
                    warm_rows.append([CASE, cat, "2020", "default", comp, road.split("/")[0],
                                      road + "/" + sit, "0%", "%.9g" % v, "%.9g" % val, src])
                    if cat in ("pass. car", "LCV", "urban bus"):
                        bev = val if "non-exhaust" in comp else 0.0
                        bsrc = src if "non-exhaust" in comp else "S4"
                        det_rows.append([CASE, cat, "2020", "default", comp, road.split("/")[0], road + "/" + sit,
                                         "0%", "electricity", "average", "average", "%.9g" % v, "%.9g" % bev, bsrc])
    cold_rows, cold_det = [], []
    src_cold = "S5"
    for r in cold:
        if r["VehCat"] != "pass. car" or r["Component"] not in EXHAUST:
            continue
        for cat in CATS:
            if cat == "pass. car":
                val, src = r["EFA_weighted"], src_cold
            elif cat == "LCV":
                val, src = r["EFA_weighted"], "S6:pass. car"
            else:
                val, src = "0", "S7"
            cold_rows.append([CASE, cat, "2020", "default", r["Component"], "Urban", r["AmbientCondPattern"], val, src])
            if cat in ("pass. car", "LCV", "urban bus"):
                cold_det.append([CASE, cat, "2020", "default", r["Component"], "Urban", r["AmbientCondPattern"],
                                 "electricity", "average", "average", "0", "S4"])
    write(os.path.join(OUT, "default_warm_average.csv"),
          "Case;VehCat;Year;TrafficScenario;Component;RoadCat;TrafficSit;Gradient;V_weighted;EFA_weighted;Source",
          warm_rows)
    write(os.path.join(OUT, "default_warm_detailed.csv"),
          "Case;VehCat;Year;TrafficScenario;Component;RoadCat;TrafficSit;Gradient;Technology;SizeClasse;EmConcept;V;EFA;Source",
          det_rows)
    write(os.path.join(OUT, "default_cold_average.csv"),
          "Case;VehCat;Year;TrafficScenario;Component;RoadCat;AmbientCondPattern;EFA_weighted;Source", cold_rows)
    write(os.path.join(OUT, "default_cold_detailed.csv"),
          "Case;VehCat;Year;TrafficScenario;Component;RoadCat;AmbientCondPattern;Technology;SizeClasse;EmConcept;EFA;Source",
          cold_det)


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(header + "\n")
        for r in rows:
            f.write(";".join(r) + "\n")
    print(path, len(rows), "rows")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
