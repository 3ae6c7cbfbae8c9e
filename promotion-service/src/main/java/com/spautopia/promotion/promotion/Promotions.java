package com.spautopia.promotion.promotion;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

interface Promotions extends Repository<Promotion, String> {

	Promotion save(Promotion promotion);

	Promotion insert(Promotion promotion);

	Optional<Promotion> findById(String id);

	Optional<Promotion> findByCode(String code);

	List<Promotion> findAll(Sort sort);

	List<Promotion> findByStatus(Promotion.Status status, Sort sort);

	List<Promotion> findByStatusNot(Promotion.Status status);

}
