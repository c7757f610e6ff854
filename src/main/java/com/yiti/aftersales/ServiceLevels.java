package com.yiti.aftersales;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Service-level targets per priority, in business minutes, and the business calendar they are measured in. Defaults:
 * urgent 1 h / 8 h, high 4 h / 24 h, normal 8 h / 72 h, low 24 h / 120 h; Monday to Friday 09:00–18:00 Asia/Shanghai.
 * Configurable under {@code yiti.aftersales}.
 */
@ConfigurationProperties("yiti.aftersales")
public class ServiceLevels {

    /** First response and resolution targets in business hours. */
    public record Target(int firstResponseHours, int resolutionHours) {}

    private ZoneId zone = ZoneId.of("Asia/Shanghai");
    private Set<DayOfWeek> workingDays =
            Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private LocalTime opens = LocalTime.of(9, 0);
    private LocalTime closes = LocalTime.of(18, 0);
    private Map<TicketPriority, Target> targets = new EnumMap<>(Map.of(
            TicketPriority.URGENT, new Target(1, 8),
            TicketPriority.HIGH, new Target(4, 24),
            TicketPriority.NORMAL, new Target(8, 72),
            TicketPriority.LOW, new Target(24, 120)));

    /** At this share of a target used, the owner is warned. */
    private int warnAtPercent = 80;

    public BusinessCalendar calendar() {
        return new BusinessCalendar(zone, workingDays, opens, closes);
    }

    public Target target(TicketPriority priority) {
        return targets.get(priority);
    }

    public ZoneId getZone() {
        return zone;
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
    }

    public Set<DayOfWeek> getWorkingDays() {
        return workingDays;
    }

    public void setWorkingDays(Set<DayOfWeek> workingDays) {
        this.workingDays = workingDays;
    }

    public LocalTime getOpens() {
        return opens;
    }

    public void setOpens(LocalTime opens) {
        this.opens = opens;
    }

    public LocalTime getCloses() {
        return closes;
    }

    public void setCloses(LocalTime closes) {
        this.closes = closes;
    }

    public Map<TicketPriority, Target> getTargets() {
        return targets;
    }

    public void setTargets(Map<TicketPriority, Target> targets) {
        this.targets = new EnumMap<>(targets);
    }

    public int getWarnAtPercent() {
        return warnAtPercent;
    }

    public void setWarnAtPercent(int warnAtPercent) {
        this.warnAtPercent = warnAtPercent;
    }
}
