package org.posdesk.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.posdesk.application.CurrentUserService;
import org.posdesk.application.UserView;
import org.posdesk.domain.merchant.Merchant;
import org.posdesk.domain.merchant.MerchantRepository;

@Stateless
public class CurrentUserServiceBean implements CurrentUserService {

    @Inject
    private AccessPolicy access;
    @Inject
    private MerchantRepository merchants;

    @Override
    public UserView currentUser() {
        Viewer viewer = access.viewer();
        String merchantName = viewer.merchantScope()
                .flatMap(merchants::findById)
                .map(Merchant::getName)
                .orElse(null);
        return new UserView(viewer.username(), viewer.role().name(), merchantName);
    }
}
