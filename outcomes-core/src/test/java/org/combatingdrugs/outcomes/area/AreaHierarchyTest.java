package org.combatingdrugs.outcomes.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AreaHierarchyTest {

  private static final Area BCP = Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE;
  private static final Area DORSET = Areas.DORSET;
  private static final Area PAN_DORSET =
      Area.of("pan-dorset", "A partnership of our own", AreaType.COMBATING_DRUGS_PARTNERSHIP);

  @Test
  void test_areas_shippedWithTheirCodes() {
    assertThat(BCP.code()).isEqualTo("E06000058");
    assertThat(BCP.name()).isEqualTo("Bournemouth, Christchurch and Poole");
    assertThat(DORSET).isEqualTo(Area.of("E06000059", "Dorset", AreaType.LOCAL_AUTHORITY));
    assertThat(Areas.DORSET_POLICE_FORCE_AREA.type()).isEqualTo(AreaType.POLICE_FORCE_AREA);
    assertThat(Areas.hierarchy().membersOf(Areas.DORSET_POLICE_FORCE_AREA)).containsExactly(BCP, DORSET);
    assertThat(Areas.hierarchy().leavesOf(Areas.DEVON_AND_CORNWALL_POLICE_FORCE_AREA)).hasSize(5);
    assertThat(Areas.hierarchy().parentsOf(DORSET))
        .containsExactly(Areas.DORSET_POLICE_FORCE_AREA, Areas.PAN_DORSET_CDP);
    assertThat(Areas.hierarchy().leavesOf(Areas.PAN_DORSET_CDP)).containsExactly(BCP, DORSET);
    assertThat(Areas.PAN_DORSET_CDP.type()).isEqualTo(AreaType.COMBATING_DRUGS_PARTNERSHIP);
    assertThat(Areas.hierarchy().byCode("E92000001")).contains(Areas.ENGLAND);
    assertThat(Areas.hierarchy()).isSameAs(Areas.hierarchy());
  }

  @Test
  void test_compose_panDorsetPartnership() {
    AreaHierarchy hierarchy = Areas.hierarchy().compose(PAN_DORSET, BCP, DORSET);
    assertThat(hierarchy.isComposite(PAN_DORSET)).isTrue();
    assertThat(hierarchy.isComposite(DORSET)).isFalse();
    assertThat(hierarchy.leavesOf(PAN_DORSET)).containsExactly(BCP, DORSET);
    assertThat(hierarchy.leavesOf(DORSET)).containsExactly(DORSET);
    assertThat(hierarchy.parentsOf(BCP))
        .containsExactly(Areas.DORSET_POLICE_FORCE_AREA, Areas.PAN_DORSET_CDP, PAN_DORSET);
    assertThat(Areas.hierarchy().byCode("pan-dorset")).isEmpty();
  }

  @Test
  void test_compose_nestedCompositesExpandToLeaves() {
    Area region = Area.of("sw-forces", "Two forces", AreaType.REGION);
    AreaHierarchy hierarchy =
        Areas.hierarchy()
            .compose(region, Areas.DORSET_POLICE_FORCE_AREA, Areas.DEVON_AND_CORNWALL_POLICE_FORCE_AREA);
    assertThat(hierarchy.leavesOf(region)).hasSize(7).startsWith(BCP, DORSET);
  }

  @Test
  void test_compose_refusesRepeatsCyclesAndDoubleCounting() {
    assertThatThrownBy(() -> Areas.hierarchy().compose(PAN_DORSET, BCP, BCP))
        .hasMessageContaining("must not repeat but Bournemouth, Christchurch and Poole (E06000058) appears twice");
    AreaHierarchy panDorset = Areas.hierarchy().compose(PAN_DORSET, BCP, DORSET);
    assertThatThrownBy(() -> panDorset.compose(BCP, PAN_DORSET))
        .hasMessageContaining("must not contain it");
    assertThatThrownBy(() -> panDorset.compose(PAN_DORSET, BCP))
        .hasMessageContaining("must not be composed twice");
    Area overlap = Area.of("overlap", "Overlap", AreaType.REGION);
    assertThatThrownBy(() -> Areas.hierarchy().compose(overlap, Areas.DORSET_POLICE_FORCE_AREA, DORSET))
        .hasMessageContaining("must not count an area twice");
    assertThatThrownBy(() -> Areas.hierarchy().compose(PAN_DORSET))
        .hasMessageContaining("must not be empty");
    Area impostor = Area.of("E06000059", "Not Dorset", AreaType.LOCAL_AUTHORITY);
    assertThatThrownBy(() -> Areas.hierarchy().with(impostor))
        .hasMessageContaining("code E06000059 must name one area");
    assertThatThrownBy(() -> Areas.hierarchy().membersOf(PAN_DORSET))
        .hasMessageContaining("area must be in this hierarchy");
  }

  @Test
  void test_toString_listsTheCodesAndEachCompositesMembers() {
    assertThat(AreaHierarchy.empty().compose(PAN_DORSET, BCP, DORSET))
        .hasToString(
            "AreaHierarchy[pan-dorset, E06000058, E06000059] members {pan-dorset=[Bournemouth, Christchurch"
                + " and Poole (E06000058), Dorset (E06000059)]}");
    assertThat(AreaHierarchy.empty()).hasToString("AreaHierarchy[] members {}");
  }
}
