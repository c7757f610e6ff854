package com.yiti.platform.internal;

import com.yiti.platform.NewTask;
import com.yiti.platform.Role;
import com.yiti.platform.TaskManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo users (password {@code demo123}, API key {@code demo-<username>-key}) on an empty database, when
 * {@code yiti.demo-data=true} (the embedded default and the tests; never the {@code mysql} profile). Later modules
 * add their demo data after this one (higher {@link Order}).
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo123";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private record DemoUser(String username, String displayName, Set<Role> roles, String department, String language) {}

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "系统管理员 Admin", EnumSet.of(Role.ADMIN), "company", null),
            new DemoUser("manager", "王总 Wang (Manager)", EnumSet.of(Role.MANAGER), "company", null),
            new DemoUser("salesmgr", "李经理 Li (Sales manager)", EnumSet.of(Role.SALES_MANAGER), "east", null),
            new DemoUser("sales1", "张伟 Zhang Wei", EnumSet.of(Role.SALES_REP), "east", null),
            new DemoUser("sales2", "刘芳 Liu Fang", EnumSet.of(Role.SALES_REP), "east", null),
            new DemoUser("sales3", "陈杰 Chen Jie", EnumSet.of(Role.SALES_REP), "south", null),
            new DemoUser("warehouse", "赵强 Zhao Qiang (Warehouse)", EnumSet.of(Role.WAREHOUSE), "supply", null),
            new DemoUser("production", "孙磊 Sun Lei (Production)", EnumSet.of(Role.PRODUCTION), "supply", null),
            new DemoUser("purchasing", "周敏 Zhou Min (Purchasing)", EnumSet.of(Role.PURCHASING), "supply", null),
            new DemoUser("finance", "吴静 Wu Jing (Finance)", EnumSet.of(Role.FINANCE), "finance", null),
            new DemoUser("service", "郑婷 Zheng Ting (Service)", EnumSet.of(Role.SERVICE), "service", null));

    private final Users users;
    private final Departments departments;
    private final ApiKeys apiKeys;
    private final PasswordEncoder encoder;
    private final TaskManagement tasks;
    private final Clock clock;

    DemoData(
            Users users,
            Departments departments,
            ApiKeys apiKeys,
            PasswordEncoder encoder,
            TaskManagement tasks,
            Clock clock) {
        this.users = users;
        this.departments = departments;
        this.apiKeys = apiKeys;
        this.encoder = encoder;
        this.tasks = tasks;
        this.clock = clock;
    }

    /**
     * The demo administrator who shows a finished second-factor enrolment: add this secret to an authenticator app
     * (README) and sign in with demo123 and the app's code.
     */
    static final String SECURE_ADMIN = "secure-admin";

    static final String SECURE_ADMIN_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            if (users.findByUsername("admin").map(User::isDemo).orElse(false)
                    && users.findByUsername(SECURE_ADMIN).isEmpty()) {
                secureAdmin(encoder.encode(PASSWORD));
            }
            return;
        }
        log.info("Empty database: loading demo users (password '{}')", PASSWORD);
        String hash = encoder.encode(PASSWORD);
        // the organisation (decision 050): company → regions → sales teams, and the other departments
        Department company = departments.save(new Department("一体科技 Yiti Co.", null, null));
        Department eastRegion = departments.save(new Department("华东大区 East region", company.getId(), null));
        Department southRegion = departments.save(new Department("华南大区 South region", company.getId(), null));
        Department east = departments.save(new Department("华东销售组 East", eastRegion.getId(), null));
        Department south = departments.save(new Department("华南销售组 South", southRegion.getId(), null));
        Map<String, Department> byKey = Map.of(
                "company",
                company,
                "east",
                east,
                "south",
                south,
                "finance",
                departments.save(new Department("财务部 Finance", company.getId(), null)),
                "supply",
                departments.save(new Department("供应链部 Supply chain", company.getId(), null)),
                "service",
                departments.save(new Department("客户服务部 Customer service", company.getId(), null)));
        for (DemoUser d : USERS) {
            User user = new User(d.username(), d.displayName(), hash);
            // signs in with the password alone, so the README's instructions work (a second factor is optional)
            user.markDemo();
            user.setEmail(d.username() + "@yiti.example");
            user.setRoles(d.roles());
            if (d.department() != null) {
                user.setDepartmentId(byKey.get(d.department()).getId());
            }
            users.save(user);
            String key = "demo-" + d.username() + "-key";
            apiKeys.save(new ApiKey(user.getId(), "Demo key", Secrets.sha256(key), Secrets.prefix(key)));
        }
        secureAdmin(hash);
        // an API client: the web shop, acting as sales1, limited to its scopes and 600 requests a minute
        users.findByUsername("sales1")
                .ifPresent(sales1 -> apiKeys.save(ApiKey.client(
                        sales1.getId(),
                        "网店 Web shop (demo)",
                        Secrets.sha256("demo-shop-client-key"),
                        Secrets.prefix("demo-shop-client-key"),
                        List.of(
                                "read:customers",
                                "write:customers",
                                "read:orders",
                                "write:orders",
                                "read:products",
                                "write:external"),
                        null,
                        600)));
        users.findByUsername("salesmgr").ifPresent(m -> east.setHeadId(m.getId()));
        users.findByUsername("manager").ifPresent(m -> company.setHeadId(m.getId()));
        users.findByUsername("finance").ifPresent(f -> byKey.get("finance").setHeadId(f.getId()));
        users.findByUsername("warehouse").ifPresent(w -> byKey.get("supply").setHeadId(w.getId()));
        users.findByUsername("service").ifPresent(v -> byKey.get("service").setHeadId(v.getId()));
        users.findByUsername("admin")
                .ifPresent(admin -> tasks.raise(new NewTask(
                        "task.demo.changePasswords",
                        List.of(),
                        "/admin/users",
                        admin.getId(),
                        null,
                        LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))),
                        "platform.demo",
                        "demo-passwords")));
    }

    /** An administrator with the authenticator enrolled: signing in asks for the code (the secret is in README). */
    private void secureAdmin(String hash) {
        User user = new User(SECURE_ADMIN, "安全管理员 Secure admin", hash);
        user.markDemo();
        user.setEmail(SECURE_ADMIN + "@yiti.example");
        user.setRoles(EnumSet.of(Role.ADMIN));
        user.enrolTotp(SECURE_ADMIN_TOTP_SECRET, 0, clock.instant());
        users.save(user);
    }
}
