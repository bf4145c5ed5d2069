# landauer-convergence.gp: tangled from noweb/landauer.nw; edit that, not this.
load 'figures/style.gp'
set output outfile
set logscale xy
set format x '$10^{%L}$'
set format y '$10^{%L}$'
set xlabel '$N$'
set ylabel '$|S_N - S|/kN$'
set key bottom left
plot 'reports/landauer-convergence.tsv' using 1:4 with points ls 12 pt 7 title '$T = T_c$', \
     '' using 1:8 with lines ls 1 notitle, \
     '' using 1:2 with points ls 13 title '$T = 0.5\,T_c$', \
     '' using 1:6 with lines ls 1 notitle, \
     '' using 1:3 with points ls 14 title '$T = 0.9\,T_c$', \
     '' using 1:7 with lines ls 1 notitle, \
     '' using 1:5 with points pt 4 ps 0.5 lc rgb '#000000' title '$T = 1.5\,T_c$', \
     '' using 1:9 with lines ls 1 title 'Laplace'
