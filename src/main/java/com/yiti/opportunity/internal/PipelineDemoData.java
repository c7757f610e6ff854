package com.yiti.opportunity.internal;

import com.yiti.customer.CustomerFilter;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerView;
import com.yiti.opportunity.ActivityData;
import com.yiti.opportunity.ActivityManagement;
import com.yiti.opportunity.ActivityType;
import com.yiti.opportunity.CampaignChannel;
import com.yiti.opportunity.CampaignData;
import com.yiti.opportunity.CampaignManagement;
import com.yiti.opportunity.CampaignView;
import com.yiti.opportunity.LeadData;
import com.yiti.opportunity.LeadManagement;
import com.yiti.opportunity.LeadSource;
import com.yiti.opportunity.LeadStatus;
import com.yiti.opportunity.LeadView;
import com.yiti.opportunity.OpportunityData;
import com.yiti.opportunity.OpportunityManagement;
import com.yiti.opportunity.OpportunityView;
import com.yiti.opportunity.Qualification;
import com.yiti.opportunity.Stage;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import com.yiti.platform.UserDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Two campaigns with leads in every status, opportunities in every stage (with their stage history), and
 * activities including overdue follow-ups (demo data only). Each rep's records are created as that rep.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class PipelineDemoData implements ApplicationRunner {

    private static final List<String> REPS = List.of("sales1", "sales2", "sales3");
    private static final String[] PRODUCTS = {"数控机床改造", "传感器年度采购", "自动化产线", "备件框架协议", "检测设备", "智能仓储系统"};

    private final Campaigns campaignRepository;
    private final CampaignManagement campaigns;
    private final LeadManagement leads;
    private final OpportunityManagement opportunities;
    private final ActivityManagement activities;
    private final CustomerManagement customers;
    private final UserDirectory directory;
    private final Clock clock;

    PipelineDemoData(
            Campaigns campaignRepository,
            CampaignManagement campaigns,
            LeadManagement leads,
            OpportunityManagement opportunities,
            ActivityManagement activities,
            CustomerManagement customers,
            UserDirectory directory,
            Clock clock) {
        this.campaignRepository = campaignRepository;
        this.campaigns = campaigns;
        this.leads = leads;
        this.opportunities = opportunities;
        this.activities = activities;
        this.customers = customers;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (campaignRepository.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        Random random = new Random(42);
        List<CampaignView> created = SystemActor.runAs(
                "salesmgr",
                Role.SALES_MANAGER,
                () -> List.of(
                        campaigns.create(new CampaignData(
                                "2026 上海工博会 Industrial Fair",
                                CampaignChannel.TRADE_SHOW,
                                today.minusDays(60),
                                today.minusDays(55),
                                new BigDecimal("180000.00"))),
                        campaigns.create(new CampaignData(
                                "微信公众号春季推广 WeChat Spring",
                                CampaignChannel.WECHAT,
                                today.minusDays(30),
                                today.plusDays(30),
                                new BigDecimal("50000.00")))));
        Map<String, Long> ids = REPS.stream()
                .collect(Collectors.toMap(
                        u -> u, u -> directory.findByUsername(u).orElseThrow().id()));
        for (int r = 0; r < REPS.size(); r++) {
            String rep = REPS.get(r);
            int repIndex = r;
            SystemActor.runAs(rep, Role.SALES_REP, () -> {
                seedRep(ids.get(rep), repIndex, created, today, random);
                return null;
            });
        }
    }

    /** The stages an opportunity passes through on its way to the target stage. */
    private static List<Stage> path(Stage target) {
        return switch (target) {
            case PROSPECTING -> List.of();
            case QUALIFICATION -> List.of(Stage.QUALIFICATION);
            case PROPOSAL -> List.of(Stage.QUALIFICATION, Stage.PROPOSAL);
            case NEGOTIATION -> List.of(Stage.QUALIFICATION, Stage.PROPOSAL, Stage.NEGOTIATION);
            case WON -> List.of(Stage.QUALIFICATION, Stage.PROPOSAL, Stage.NEGOTIATION, Stage.WON);
            case LOST -> List.of(Stage.QUALIFICATION, Stage.PROPOSAL, Stage.LOST);
        };
    }

    private void seedRep(long repId, int repIndex, List<CampaignView> campaignList, LocalDate today, Random random) {
        List<CustomerView> mine = customers
                .search(new CustomerFilter(null, repId, null, null, null), PageRequest.of(0, 30, Sort.by("id")))
                .getContent();
        // Opportunities in every stage, moved there step by step so the stage history is real.
        Stage[] targets = Stage.values();
        for (int i = 0; i < Math.min(mine.size(), 12); i++) {
            CustomerView customer = mine.get(i);
            Stage target = targets[(i + repIndex) % targets.length];
            OpportunityView o = opportunities.create(new OpportunityData(
                    customer.id(),
                    customer.name().replace("有限公司", "") + " · " + PRODUCTS[(i + repIndex) % PRODUCTS.length],
                    BigDecimal.valueOf(50_000L + random.nextInt(950) * 1_000L),
                    Stage.PROSPECTING,
                    null,
                    today.plusDays(random.nextInt(120) - 20),
                    repId,
                    null,
                    "安排技术交流"));
            for (Stage s : path(target)) {
                opportunities.changeStage(o.id(), s, s == Stage.LOST ? "价格高于竞争对手" : null);
            }
            activities.create(
                    new ActivityData(ActivityType.CALL, "电话沟通需求", "客户关注交期和售后", null, null, o.id(), null, null));
            if (!target.closed() && i % 3 == 0) {
                // overdue follow-ups: they land in the rep's inbox
                activities.create(new ActivityData(
                        ActivityType.FOLLOW_UP, "发送报价单", null, null, null, o.id(), today.minusDays(2 + i), null));
            } else if (!target.closed()) {
                activities.create(new ActivityData(
                        ActivityType.FOLLOW_UP, "回访确认方案", null, null, null, o.id(), today.plusDays(3 + i), null));
            }
        }
        for (int i = 12; i < Math.min(mine.size(), 16); i++) {
            activities.create(new ActivityData(
                    ActivityType.VISIT, "上门拜访", "介绍新产品线", mine.get(i).id(), null, null, null, null));
        }
        // Leads from both campaigns and other sources, in every status.
        LeadStatus[] statuses = {
            LeadStatus.NEW, LeadStatus.CONTACTED, LeadStatus.NEW, LeadStatus.DISQUALIFIED, LeadStatus.QUALIFIED
        };
        for (int i = 0; i < 8; i++) {
            CampaignView campaign = campaignList.get(i % 2);
            boolean fromCampaign = i % 4 != 3;
            LeadView lead = leads.create(new LeadData(
                    "线索" + (repIndex + 1) + "-" + (i + 1) + " " + new String[] {"苏州", "无锡", "常州", "嘉兴"}[i % 4]
                            + new String[] {"精工", "智造", "新材", "电气"}[(i + repIndex) % 4] + "有限公司",
                    new String[] {"孙", "马", "朱", "胡"}[i % 4] + new String[] {"先生", "女士"}[i % 2],
                    "采购",
                    "139" + String.format("%08d", 10_000_000 + repIndex * 1000 + i),
                    null,
                    fromCampaign ? LeadSource.CAMPAIGN : LeadSource.REFERRAL,
                    fromCampaign ? campaign.id() : null,
                    BigDecimal.valueOf(80_000L + i * 10_000L),
                    "展会现场留资",
                    null));
            LeadStatus status = statuses[i % statuses.length];
            switch (status) {
                case CONTACTED -> leads.changeStatus(lead.id(), LeadStatus.CONTACTED, null);
                case DISQUALIFIED -> leads.changeStatus(lead.id(), LeadStatus.DISQUALIFIED, "无采购预算");
                case QUALIFIED -> {
                    var result = leads.qualify(lead.id(), new Qualification(null, true, null, null, null));
                    if (i % 2 == 0) {
                        opportunities.changeStage(result.opportunityId(), Stage.PROPOSAL, null);
                        opportunities.changeStage(result.opportunityId(), Stage.WON, null);
                    }
                }
                default -> {}
            }
        }
    }
}
