package com.yiti.inventory.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProductCategories extends JpaRepository<ProductCategory, Long> {

    List<ProductCategory> findAllByOrderByCode();

    Optional<ProductCategory> findByCode(String code);
}
