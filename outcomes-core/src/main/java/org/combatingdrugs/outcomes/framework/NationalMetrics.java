package org.combatingdrugs.outcomes.framework;

/**
 * The national framework's metrics as constants, for discovery by name (type {@code
 * NationalMetrics.} and press tab in JShell). Each constant is the very instance {@link
 * MetricCatalogue#national()} holds under the same id; see each metric's {@link
 * Metric#provenance()} for how well its attributes are established.
 */
public final class NationalMetrics {

  private NationalMetrics() {}

  /** Share of adults reporting any illegal drug use in the past year. */
  public static final Metric ADULT_DRUG_USE_LAST_YEAR = metric("adult-drug-use-last-year");

  /** Estimated prevalence of opiate and/or crack cocaine use. */
  public static final Metric OCU_PREVALENCE = metric("ocu-prevalence");

  /** Share of pupils aged 11-15 reporting drug use. */
  public static final Metric YOUNG_PEOPLE_DRUG_USE = metric("young-people-drug-use");

  /** Households owed a homelessness duty with a drug dependency support need. */
  public static final Metric HOMELESS_DRUG_DEPENDENCY_NEED = metric("homeless-drug-dependency-need");

  /** Children in need assessments where drug misuse is a factor. */
  public static final Metric CHILDREN_IN_NEED_DRUG_FACTOR = metric("children-in-need-drug-factor");

  /** School suspensions and permanent exclusions for drug and alcohol reasons. */
  public static final Metric EXCLUSIONS_DRUG_ALCOHOL = metric("exclusions-drug-alcohol");

  /** Estimated prevalence of alcohol dependency. */
  public static final Metric ALCOHOL_DEPENDENCY_PREVALENCE = metric("alcohol-dependency-prevalence");

  /** Number of drug-related homicides. */
  public static final Metric DRUG_RELATED_HOMICIDES = metric("drug-related-homicides");

  /** Neighbourhood crime incidents. */
  public static final Metric NEIGHBOURHOOD_CRIME = metric("neighbourhood-crime");

  /** Proven reoffending within 12 months (offenders with drug misuse needs). */
  public static final Metric REOFFENDING_DRUG_MISUSING_OFFENDERS = metric("reoffending-drug-misusing-offenders");

  /** Hospital admissions for assault by sharp object. */
  public static final Metric SHARP_OBJECT_ASSAULT_ADMISSIONS = metric("sharp-object-assault-admissions");

  /** Deaths related to drug misuse. */
  public static final Metric DRUG_MISUSE_DEATHS = metric("drug-misuse-deaths");

  /** Hospital admissions for drug poisoning or drug-related mental and behavioural disorders. */
  public static final Metric DRUG_HOSPITAL_ADMISSIONS = metric("drug-hospital-admissions");

  /** Deaths of people in contact with drug treatment. */
  public static final Metric DEATHS_IN_TREATMENT = metric("deaths-in-treatment");

  /** Hepatitis C prevalence among people who inject drugs. */
  public static final Metric HEPATITIS_C_PWID = metric("hepatitis-c-pwid");

  /** Alcohol-specific deaths. */
  public static final Metric ALCOHOL_SPECIFIC_DEATHS = metric("alcohol-specific-deaths");

  /** Alcohol-related hospital admissions. */
  public static final Metric ALCOHOL_HOSPITAL_ADMISSIONS = metric("alcohol-hospital-admissions");

  /** County lines closed. */
  public static final Metric COUNTY_LINES_CLOSED = metric("county-lines-closed");

  /** Major and moderate disruptions of drug-supplying organised crime groups. */
  public static final Metric OCG_DISRUPTIONS = metric("ocg-disruptions");

  /** Drug seizures by police and Border Force. */
  public static final Metric DRUG_SEIZURES = metric("drug-seizures");

  /** Police recorded drug trafficking and possession offences. */
  public static final Metric DRUG_OFFENCES_RECORDED = metric("drug-offences-recorded");

  /** Drug finds in prisons. */
  public static final Metric PRISON_DRUG_FINDS = metric("prison-drug-finds");

  /** National Referral Mechanism referrals with a County Lines flag (number and proportion). */
  public static final Metric NRM_COUNTY_LINES_REFERRALS = metric("nrm-county-lines-referrals");

  /** Number of people in structured drug and alcohol treatment. */
  public static final Metric NUMBERS_IN_TREATMENT = metric("numbers-in-treatment");

  /** Prison leavers with a substance misuse need who engage in community treatment within 3 weeks. */
  public static final Metric CONTINUITY_OF_CARE_PRISON = metric("continuity-of-care-prison");

  /** Unmet need for treatment (people estimated dependent but not in treatment). */
  public static final Metric UNMET_TREATMENT_NEED = metric("unmet-treatment-need");

  /** Share of people in treatment showing substantial progress. */
  public static final Metric TREATMENT_PROGRESS = metric("treatment-progress");

  /** Share of people in treatment with stable accommodation (or accommodation need met). */
  public static final Metric STABLE_ACCOMMODATION = metric("stable-accommodation");

  /** Share of people in treatment in paid or voluntary work. */
  public static final Metric PAID_OR_VOLUNTARY_WORK = metric("paid-or-voluntary-work");

  /** Share of people in treatment in training or education. */
  public static final Metric TRAINING_OR_EDUCATION = metric("training-or-education");

  /** Share of people in treatment with a mental health need receiving an intervention. */
  public static final Metric MENTAL_HEALTH_INTERVENTION = metric("mental-health-intervention");

  /** Share of parents in treatment receiving a family or parenting intervention. */
  public static final Metric PARENTAL_FAMILY_INTERVENTION = metric("parental-family-intervention");

  /** Young people in treatment who stop using their problem substance. */
  public static final Metric YOUNG_PEOPLE_CESSATION = metric("young-people-cessation");

  private static Metric metric(String id) {
    return MetricCatalogue.national().get(id);
  }
}
