package com.yiti.customer.internal;

import com.yiti.customer.ContactData;
import com.yiti.customer.CustomerData;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerStatus;
import com.yiti.customer.CustomerTier;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import com.yiti.platform.UserDirectory;
import com.yiti.setup.CreditCodes;
import java.util.List;
import java.util.Random;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** About 60 customers with contacts, spread over sales1, sales2 and sales3 (demo data only). */
@Component
@Order(10)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class CustomerDemoData implements ApplicationRunner {

    private static final String[] CITIES = {"上海", "北京", "深圳", "杭州", "苏州", "南京", "广州", "成都", "武汉", "宁波"};
    private static final String[] WORDS = {
        "华信", "恒通", "瑞丰", "金桥", "东方", "博远", "鼎盛", "汇智", "新源", "联创", "天成", "安达", "嘉禾", "中科", "盛世"
    };
    private static final String[] TRADES = {"科技", "机械", "电子", "贸易", "材料", "自动化", "精密制造"};
    private static final String[] INDUSTRIES = {"制造业", "电子", "汽车零部件", "医疗器械", "新能源", "食品"};
    private static final String[] REGIONS = {"华东", "华北", "华南", "西南", "华中"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "军", "涛"};
    private static final String[] TITLES = {"采购经理", "总经理", "技术总监", "财务主管", "生产经理"};

    private final CustomerManagement customers;
    private final Customers repository;
    private final UserDirectory directory;

    CustomerDemoData(CustomerManagement customers, Customers repository, UserDirectory directory) {
        this.customers = customers;
        this.repository = repository;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        List<Long> reps = List.of("sales1", "sales2", "sales3").stream()
                .map(u -> directory.findByUsername(u).orElseThrow().id())
                .toList();
        Random random = new Random(20261127L);
        SystemActor.runAs("admin", Role.ADMIN, () -> {
            for (int i = 0; i < 60; i++) {
                String name =
                        CITIES[i % CITIES.length] + WORDS[(i * 7) % WORDS.length] + TRADES[i % TRADES.length] + "有限公司";
                String code = i % 3 == 0 ? creditCode(random) : null;
                CustomerTier tier = CustomerTier.values()[i % 3];
                CustomerStatus status = i % 10 == 9
                        ? CustomerStatus.INACTIVE
                        : i % 3 == 0 ? CustomerStatus.PROSPECT : CustomerStatus.ACTIVE;
                var customer = customers.create(
                        new CustomerData(
                                name,
                                code,
                                INDUSTRIES[i % INDUSTRIES.length],
                                tier,
                                REGIONS[i % REGIONS.length],
                                CITIES[i % CITIES.length] + "市" + (100 + i) + "号",
                                "www.demo" + i + ".example.cn",
                                reps.get(i % reps.size()),
                                i % 4 == 0 ? "重点客户, 年框" : null,
                                i % 5 == 0 ? 60 : 30,
                                "CNY",
                                status,
                                // every twelfth customer (a foreign-owned plant) reads its documents in English
                                i % 12 == 11 ? "en" : null,
                                // the old system's customer number: what an import updates by
                                String.format("C%04d", i + 1)),
                        true);
                int contacts = 1 + random.nextInt(2);
                for (int c = 0; c < contacts; c++) {
                    String person = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
                    customers.addContact(
                            customer.id(),
                            new ContactData(
                                    person,
                                    TITLES[random.nextInt(TITLES.length)],
                                    "13" + (8 + random.nextInt(2)) + String.format("%08d", random.nextInt(100_000_000)),
                                    null,
                                    "contact" + i + "_" + c + "@demo" + i + ".example.cn",
                                    "wx_" + i + "_" + c,
                                    c == 0));
                }
            }
            return null;
        });
    }

    private static String creditCode(Random random) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder sb = new StringBuilder("91310000");
        while (sb.length() < 17) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.append(CreditCodes.checkCharacter(sb.toString())).toString();
    }
}
