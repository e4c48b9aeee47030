# av_mlp: the 2017 article's R code with its `=` assignments, its comments, its names and its
# order of statements, unindented, inside train(). The article's bias_in_temp and
# bias_out_temp are kept, made again at the top of every epoch from the 1 x h and 1 x 1 rows
# the biases stay as: rep(bh, nrow(X)) strings the row together once per sample, and
# matrix(..., byrow = TRUE) lays one copy on each sample's row (the article's byrow = FALSE
# would fill them down the columns). The epochs loop runs over seq_along(loss), the vector
# of losses made for them; the epoch's loss is stored right after E, as half the mean of the
# squared errors. The biases are moved by colSums() of the deltas, where the article has
# rowSums().

#sigmoid function
sigmoid=function(x){
1/(1+exp(-x))
}

# derivative of sigmoid function
derivatives_sigmoid=function(x){
x*(1-x)
}

train=function(X, y, wh, bh, wout, bout, lr, epochs){
# output matrix
Y=y
# variable initialization
epoch=epochs
loss=numeric(epoch)
for(i in seq(loss)){
# forward propagation
bias_in_temp=rep(bh, nrow(X))
bias_out_temp=rep(bout, nrow(X))
hidden_layer_input1= X%*%wh
hidden_layer_input=hidden_layer_input1+matrix(bias_in_temp, nrow = nrow(X), byrow = TRUE)
hidden_layer_activations=sigmoid(hidden_layer_input)
output_layer_input1=hidden_layer_activations%*%wout
output_layer_input=output_layer_input1+matrix(bias_out_temp, nrow = nrow(X), byrow = TRUE)
output= sigmoid(output_layer_input)
# Back Propagation
E=Y-output
loss[i]=mean(E^2)/2
slope_output_layer=derivatives_sigmoid(output)
slope_hidden_layer=derivatives_sigmoid(hidden_layer_activations)
d_output=E*slope_output_layer
Error_at_hidden_layer=d_output%*%t(wout)
d_hiddenlayer=Error_at_hidden_layer*slope_hidden_layer
wout= wout + (t(hidden_layer_activations)%*%d_output)*lr
bout= bout+colSums(d_output)*lr
wh = wh +(t(X)%*%d_hiddenlayer)*lr
bh = bh + colSums(d_hiddenlayer)*lr
}
list(wh=wh, bh=bh, wout=wout, bout=bout, loss=loss)
}

predict=function(X, wh, bh, wout, bout){
hidden_layer_input=X%*%wh+matrix(rep(bh, nrow(X)), nrow = nrow(X), byrow = TRUE)
hidden_layer_activations=sigmoid(hidden_layer_input)
sigmoid(hidden_layer_activations%*%wout+matrix(rep(bout, nrow(X)), nrow = nrow(X), byrow = TRUE))
}
