package org.helpdesk.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.helpdesk.application.cluster.Cluster;
import org.helpdesk.web.support.Messages;

/**
 * The servers the help desk runs on (one, or the nodes of a cluster) and the continuous work each holds (ADMIN): read
 * once per request, nothing kept in the session.
 */
@Named
@RequestScoped
public class ClusterAdmin {

    private static final String RUN = "monthly-run-";
    private static final String MAILBOX = "mailbox:";

    @EJB
    private Cluster cluster;

    private Cluster.Overview overview;

    @PostConstruct
    void load() {
        overview = cluster.overview();
    }

    public List<Cluster.Node> getNodes() {
        return overview.nodes();
    }

    public List<Cluster.Lease> getLeases() {
        return overview.leases();
    }

    public String getThisNode() {
        return cluster.thisNode();
    }

    /** @return what the lease is for, in the user's words */
    public String work(Cluster.Lease lease) {
        String name = lease.name();
        if (name.startsWith(RUN)) {
            return Messages.format("cluster.work.monthlyRun", name.substring(RUN.length()));
        }
        if (name.startsWith(MAILBOX)) {
            return Messages.format("cluster.work.mailbox", name.substring(MAILBOX.length()));
        }
        String key = "cluster.work." + name;
        String text = Messages.format(key);
        return text.equals(key) ? name : text;
    }
}
