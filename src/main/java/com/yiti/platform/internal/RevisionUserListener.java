package com.yiti.platform.internal;

import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the signed-in user (or "system" for jobs and start-up data). */
public class RevisionUserListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((Revision) revisionEntity).setUsername(SecurityAuditor.currentUsername());
    }
}
