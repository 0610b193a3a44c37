package org.dunefront.transport;

import java.util.Objects;
import org.dunefront.wind.SedimentParams;
import org.dunefront.wind.ShearVelocity;
import org.dunefront.wind.TransportLaw;

/**
 * Parameters of the sand-transport run. Defaults in brackets; see docs/sand-model.md for sources.
 *
 * @param transportLaw               flux law used for the capacity reduction factors [DURAN_KOK]; must
 *                                   be the law the potential flux was computed with
 * @param vegetationModel            cover → shear reduction [AEOLIS]
 * @param sediment                   grains, air and bulk density ρb [quartz, d = 0.2 mm, ρb = 1590 kg/m³]
 * @param referenceRoughnessM        z0 of the bare sand surface the potential flux refers to, m [1e-4]
 * @param representativeWind10mMps   sand-moving 10 m wind at which reduction factors are evaluated, m/s
 *                                   [9]; use the basin median of the flux-weighted wind; (0, 40]
 * @param horizonYears               simulated years [30]; [1, 500]
 * @param stepLength                 output step [MONTHLY]
 * @param boundary                   grid edge behaviour [OPEN]
 * @param initialSandThicknessM      starting sand thickness on {@link SurfaceClass#MOBILE_SAND}, m, and the
 *                                   thickness scale of the CFL condition [2]; (0, 100]
 * @param arrivalThresholdM          thickness above which a cell counts as reached by sand (front), m
 *                                   [0.05]; (0, initialSandThicknessM)
 * @param leeShelterThresholdDeg     local-scale Sx above which a cell is a lee zone, degrees [15, Werner
 *                                   1995 shadow angle]; [0, 90]
 * @param regionalShelterThresholdDeg regional-scale Sx above which a cell is blocked by mountains, degrees
 *                                   [10]; [0, 90]
 * @param shadowAngleDeg             slip-face shadow angle of the dynamic lee rule, degrees [15, Werner
 *                                   1995]; (0, 90], 90 disables slip faces altogether
 * @param slipFaceMinHeightM         sand bodies at least this thick have a slip face at their lee edge even
 *                                   when the grid cannot resolve the shadow angle (sub-grid dunes; sand
 *                                   sheets have none, Kocurek &amp; Nielson 1986), m [0.5]; (0, 100]
 * @param cflNumber                  Courant number on the bedform celerity |q|/h0 [0.5]; (0, 1]
 * @param duneHeightM                dune height H for the celerity c = q/(ρb H), m [3]; (0, 300]
 * @param threads                    worker threads [1]; results do not depend on it; [1, 256]
 * @param rowsPerTask                rows per parallel task [64]; results do not depend on it; ≥ 1
 */
public record TransportParams(TransportLaw transportLaw, VegetationModel vegetationModel, SedimentParams sediment,
                              double referenceRoughnessM, double representativeWind10mMps, int horizonYears,
                              StepLength stepLength, BoundaryCondition boundary, double initialSandThicknessM,
                              double arrivalThresholdM, double leeShelterThresholdDeg,
                              double regionalShelterThresholdDeg, double shadowAngleDeg, double slipFaceMinHeightM,
                              double cflNumber,
                              double duneHeightM, int threads, int rowsPerTask) {

    public TransportParams {
        Objects.requireNonNull(transportLaw, "transportLaw");
        Objects.requireNonNull(vegetationModel, "vegetationModel");
        Objects.requireNonNull(sediment, "sediment");
        Objects.requireNonNull(stepLength, "stepLength");
        Objects.requireNonNull(boundary, "boundary");
        range("referenceRoughnessM", referenceRoughnessM, 1e-6, 0.1);
        if (!(representativeWind10mMps > 0 && representativeWind10mMps <= 40)) {
            throw new IllegalArgumentException("representativeWind10mMps must be in (0, 40] m/s, got " + representativeWind10mMps);
        }
        if (horizonYears < 1 || horizonYears > 500) {
            throw new IllegalArgumentException("horizonYears must be in [1, 500], got " + horizonYears);
        }
        if (!(initialSandThicknessM > 0 && initialSandThicknessM <= 100)) {
            throw new IllegalArgumentException("initialSandThicknessM must be in (0, 100] m, got " + initialSandThicknessM);
        }
        if (!(arrivalThresholdM > 0 && arrivalThresholdM < initialSandThicknessM)) {
            throw new IllegalArgumentException("arrivalThresholdM must be in (0, initialSandThicknessM), got " + arrivalThresholdM);
        }
        range("leeShelterThresholdDeg", leeShelterThresholdDeg, 0, 90);
        range("regionalShelterThresholdDeg", regionalShelterThresholdDeg, 0, 90);
        if (!(shadowAngleDeg > 0 && shadowAngleDeg <= 90)) {
            throw new IllegalArgumentException("shadowAngleDeg must be in (0, 90] degrees, got " + shadowAngleDeg);
        }
        if (!(slipFaceMinHeightM > 0 && slipFaceMinHeightM <= 100)) {
            throw new IllegalArgumentException("slipFaceMinHeightM must be in (0, 100] m, got " + slipFaceMinHeightM);
        }
        if (!(cflNumber > 0 && cflNumber <= 1)) throw new IllegalArgumentException("cflNumber must be in (0, 1], got " + cflNumber);
        if (!(duneHeightM > 0 && duneHeightM <= 300)) throw new IllegalArgumentException("duneHeightM must be in (0, 300] m, got " + duneHeightM);
        if (threads < 1 || threads > 256) throw new IllegalArgumentException("threads must be in [1, 256], got " + threads);
        if (rowsPerTask < 1) throw new IllegalArgumentException("rowsPerTask must be >= 1, got " + rowsPerTask);
    }

    private static void range(String name, double v, double min, double max) {
        if (!(v >= min && v <= max)) throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], got " + v);
    }

    /** tan of the shadow angle; +∞ when the rule is disabled (90°). */
    double shadowSlope() {
        return shadowAngleDeg >= 90 ? Double.POSITIVE_INFINITY : Math.tan(Math.toRadians(shadowAngleDeg));
    }

    /** u* over the reference surface at the representative wind, m/s. */
    double referenceShearVelocityMps() {
        return ShearVelocity.fromWind(representativeWind10mMps, ShearVelocity.REFERENCE_HEIGHT_M, referenceRoughnessM);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.transportLaw = transportLaw;
        b.vegetationModel = vegetationModel;
        b.sediment = sediment;
        b.referenceRoughnessM = referenceRoughnessM;
        b.representativeWind10mMps = representativeWind10mMps;
        b.horizonYears = horizonYears;
        b.stepLength = stepLength;
        b.boundary = boundary;
        b.initialSandThicknessM = initialSandThicknessM;
        b.arrivalThresholdM = arrivalThresholdM;
        b.leeShelterThresholdDeg = leeShelterThresholdDeg;
        b.regionalShelterThresholdDeg = regionalShelterThresholdDeg;
        b.shadowAngleDeg = shadowAngleDeg;
        b.slipFaceMinHeightM = slipFaceMinHeightM;
        b.cflNumber = cflNumber;
        b.duneHeightM = duneHeightM;
        b.threads = threads;
        b.rowsPerTask = rowsPerTask;
        return b;
    }

    /** Mutable builder starting from the defaults; {@link #build()} validates. */
    public static final class Builder {
        private TransportLaw transportLaw = TransportLaw.DURAN_KOK;
        private VegetationModel vegetationModel = VegetationModel.AEOLIS;
        private SedimentParams sediment = SedimentParams.defaults();
        private double referenceRoughnessM = 1e-4;
        private double representativeWind10mMps = 9;
        private int horizonYears = 30;
        private StepLength stepLength = StepLength.MONTHLY;
        private BoundaryCondition boundary = BoundaryCondition.OPEN;
        private double initialSandThicknessM = 2;
        private double arrivalThresholdM = 0.05;
        private double leeShelterThresholdDeg = 15;
        private double regionalShelterThresholdDeg = 10;
        private double shadowAngleDeg = 15;
        private double slipFaceMinHeightM = 0.5;
        private double cflNumber = 0.5;
        private double duneHeightM = 3;
        private int threads = 1;
        private int rowsPerTask = 64;

        public Builder transportLaw(TransportLaw v) { transportLaw = v; return this; }
        public Builder vegetationModel(VegetationModel v) { vegetationModel = v; return this; }
        public Builder sediment(SedimentParams v) { sediment = v; return this; }
        public Builder referenceRoughnessM(double v) { referenceRoughnessM = v; return this; }
        public Builder representativeWind10mMps(double v) { representativeWind10mMps = v; return this; }
        public Builder horizonYears(int v) { horizonYears = v; return this; }
        public Builder stepLength(StepLength v) { stepLength = v; return this; }
        public Builder boundary(BoundaryCondition v) { boundary = v; return this; }
        public Builder initialSandThicknessM(double v) { initialSandThicknessM = v; return this; }
        public Builder arrivalThresholdM(double v) { arrivalThresholdM = v; return this; }
        public Builder leeShelterThresholdDeg(double v) { leeShelterThresholdDeg = v; return this; }
        public Builder regionalShelterThresholdDeg(double v) { regionalShelterThresholdDeg = v; return this; }
        public Builder shadowAngleDeg(double v) { shadowAngleDeg = v; return this; }
        public Builder slipFaceMinHeightM(double v) { slipFaceMinHeightM = v; return this; }
        public Builder cflNumber(double v) { cflNumber = v; return this; }
        public Builder duneHeightM(double v) { duneHeightM = v; return this; }
        public Builder threads(int v) { threads = v; return this; }
        public Builder rowsPerTask(int v) { rowsPerTask = v; return this; }

        public TransportParams build() {
            return new TransportParams(transportLaw, vegetationModel, sediment, referenceRoughnessM,
                    representativeWind10mMps, horizonYears, stepLength, boundary, initialSandThicknessM,
                    arrivalThresholdM, leeShelterThresholdDeg, regionalShelterThresholdDeg, shadowAngleDeg,
                    slipFaceMinHeightM, cflNumber, duneHeightM, threads, rowsPerTask);
        }
    }
}
