package com.yiti.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.yiti.platform.SetupStep;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The first-run checklist shows the modules' steps in their order and marks the first one not done as next. */
class SetupChecklistTests {

    @Test
    void stepsAreOrderedAndTheFirstOneMissingIsNext() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("products", new SetupStep("products", 60, "p", "p", "/products/new", () -> false));
        beans.addBean("company", new SetupStep("company", 10, "c", "c", "/admin/company", () -> true));
        beans.addBean("warehouses", new SetupStep("warehouses", 20, "w", "w", "/admin/warehouses", () -> false));
        SetupChecklist checklist = new SetupChecklist(beans.getBeanProvider(SetupStep.class));

        List<SetupChecklist.Item> items = checklist.items();

        assertThat(items).extracting(i -> i.step().id()).containsExactly("company", "warehouses", "products");
        assertThat(items).extracting(SetupChecklist.Item::done).containsExactly(true, false, false);
        assertThat(items).extracting(SetupChecklist.Item::next).containsExactly(false, true, false);
        assertThat(SetupChecklist.complete(items)).isFalse();
        assertThat(SetupChecklist.complete(List.of(items.get(0)))).isTrue();
    }
}
